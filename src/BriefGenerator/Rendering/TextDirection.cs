namespace BriefGenerator.Rendering;

/// <summary>Which languages are written right to left, and which characters are strong right-to-left or left-to-right
/// in Unicode's bidirectional algorithm (UAX #9 classes R and AL, and L), by block.</summary>
internal static class TextDirection
{
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "he", "iw", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug" };

    /// <summary>True when a brief in <paramref name="language"/> (a BCP 47 tag such as "ar-EG") reads right to left.</summary>
    public static bool IsRightToLeft(string? language)
    {
        if (string.IsNullOrEmpty(language)) return false;
        var dash = language.IndexOf('-');
        return RightToLeftLanguages.Contains(dash < 0 ? language : language[..dash]);
    }

    /// <summary>True for a strong right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
    /// presentation forms, and the historic right-to-left scripts of plane 1).</summary>
    public static bool IsStrongRightToLeft(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF)
        && !(c is >= 0x0660 and <= 0x0669 || c is >= 0x06F0 and <= 0x06F9); // Arabic-Indic digits are numbers

    /// <summary>True for a digit of any script (European or Arabic-Indic numbers, UAX #9 EN and AN).</summary>
    public static bool IsDigit(int c) => c < 0x10000 && char.IsDigit((char)c);
}
