using System.Globalization;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Conversions from theme points to the units WordprocessingML counts in.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point (page sizes, margins, indents, spacing).</summary>
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    /// <summary>Twips as the string the SDK's attributes want.</summary>
    public static string TwipsText(double points) => Twips(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>Half-points (font sizes).</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Eighths of a point (border widths), at least 2 (the smallest width Word draws).</summary>
    public static uint EighthPoints(double points) => (uint)Math.Max(2, Math.Round(points * 8, MidpointRounding.AwayFromZero));

    /// <summary>Line spacing for <c>lineRule="auto"</c>: 240 is single spacing.</summary>
    public static string AutoLine(double multiple) =>
        ((int)Math.Round(240 * multiple, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A theme colour <c>#RRGGBB</c> as Word writes it (<c>RRGGBB</c>); anything malformed becomes <c>auto</c>.</summary>
    public static string Color(string? hex)
    {
        var s = (hex ?? "").Trim().TrimStart('#');
        return s.Length == 6 && s.All(Uri.IsHexDigit) ? s.ToUpperInvariant() : "auto";
    }
}
