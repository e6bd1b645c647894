namespace BriefGenerator.Rendering.Docx;

/// <summary>The code point blocks (<c>codePoint &gt;&gt; 7</c>) a language's writing system needs beyond the Latin,
/// punctuation and symbols a font subset always keeps, from its BCP 47 tag (an explicit script subtag wins): what
/// someone editing the brief later in its own language may type, so a subset keeps it even where this text did not
/// use it.</summary>
internal static class LanguageBlocks
{
    private static readonly (int From, int To) Cyrillic = (0x0400, 0x052F);
    private static readonly (int From, int To)[] Greek = { (0x0370, 0x03FF), (0x1F00, 0x1FFF) };
    private static readonly (int From, int To) LatinExtendedAdditional = (0x1E00, 0x1EFF);

    private static readonly HashSet<string> CyrillicLanguages = new(StringComparer.OrdinalIgnoreCase)
        { "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "ce", "os", "uz" };

    /// <summary>The blocks for <paramref name="language"/> (empty for a language written in the always-kept Latin).</summary>
    public static SortedSet<int> For(string? language)
    {
        var blocks = new SortedSet<int>();
        if (string.IsNullOrWhiteSpace(language)) return blocks;
        var parts = language.Split('-', '_');
        var primary = parts[0];
        var script = parts.Skip(1).FirstOrDefault(p => p.Length == 4);
        var ranges = new List<(int From, int To)>();
        if (script is not null)
        {
            if (script.Equals("Cyrl", StringComparison.OrdinalIgnoreCase)) ranges.Add(Cyrillic);
            else if (script.Equals("Grek", StringComparison.OrdinalIgnoreCase)) ranges.AddRange(Greek);
            else if (script.Equals("Latn", StringComparison.OrdinalIgnoreCase)) ranges.Add(LatinExtendedAdditional);
        }
        else if (CyrillicLanguages.Contains(primary)) ranges.Add(Cyrillic);
        else if (primary.Equals("el", StringComparison.OrdinalIgnoreCase) || primary.Equals("grc", StringComparison.OrdinalIgnoreCase)) ranges.AddRange(Greek);
        else if (primary.Equals("vi", StringComparison.OrdinalIgnoreCase)) ranges.Add(LatinExtendedAdditional);
        foreach (var (from, to) in ranges)
            for (int b = from >> 7; b <= to >> 7; b++) blocks.Add(b);
        return blocks;
    }
}
