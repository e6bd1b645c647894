namespace BriefGenerator.Fonts;

/// <summary>A run of text in one face after shaping (<see cref="TextShaper"/>): its glyphs in visual order with
/// their positions in design units, so the width is the same at every size.</summary>
internal sealed class ShapedText
{
    public ShapedText(string text, ShapedGlyph[] glyphs, int unitsPerEm, bool rightToLeft = false)
    {
        Text = text;
        Glyphs = glyphs;
        UnitsPerEm = unitsPerEm;
        RightToLeft = rightToLeft;
        foreach (var g in glyphs) Advance += g.Advance;
    }

    /// <summary>The characters that were shaped.</summary>
    public string Text { get; }

    /// <summary>The glyphs, left to right as drawn.</summary>
    public ShapedGlyph[] Glyphs { get; }

    /// <summary>Design units per em of the face.</summary>
    public int UnitsPerEm { get; }

    /// <summary>True when the text was shaped right to left (its glyphs are still listed left to right).</summary>
    public bool RightToLeft { get; }

    /// <summary>Total advance in design units.</summary>
    public long Advance { get; }

    /// <summary>Width in points at <paramref name="size"/>.</summary>
    public double Width(double size) => Advance * size / UnitsPerEm;

    /// <summary>The characters glyph <paramref name="index"/> stands for: from its cluster to the next cluster (a
    /// ligature stands for several; of a cluster drawn with several glyphs the first listed stands for all, the others
    /// for none). Worked out once per shaped text, which is cached.</summary>
    public string CharactersOf(int index) => (_characters ??= Characters())[index];

    private string[]? _characters;

    private string[] Characters()
    {
        var starts = Glyphs.Select(g => g.Cluster).Distinct().Order().ToArray();
        var result = new string[Glyphs.Length];
        var seen = new HashSet<int>();
        for (int i = 0; i < Glyphs.Length; i++)
        {
            var start = Glyphs[i].Cluster;
            if (!seen.Add(start)) { result[i] = ""; continue; }
            var next = Array.BinarySearch(starts, start) + 1;
            var end = next < starts.Length ? starts[next] : Text.Length;
            result[i] = start <= end && end <= Text.Length ? Text[start..end] : "";
        }
        return result;
    }
}
