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
    public string CharactersOf(int index) => CharacterSpanOf(index).ToString();

    /// <summary><see cref="CharactersOf"/> without making a string (the PDF draws every glyph through this).</summary>
    public ReadOnlySpan<char> CharacterSpanOf(int index)
    {
        var (start, length) = (_characters ??= Characters())[index];
        return Text.AsSpan(start, length);
    }

    private (int Start, int Length)[]? _characters;

    // Each glyph's characters as a range of Text: the distinct cluster starts in order give each cluster's end.
    private (int Start, int Length)[] Characters()
    {
        if (Ascending()) return AscendingCharacters();
        var starts = new int[Glyphs.Length];
        for (int i = 0; i < starts.Length; i++) starts[i] = Glyphs[i].Cluster;
        Array.Sort(starts);
        int distinct = 0;
        for (int i = 0; i < starts.Length; i++)
            if (i == 0 || starts[i] != starts[distinct - 1]) starts[distinct++] = starts[i];
        var seen = new bool[distinct];
        var result = new (int, int)[Glyphs.Length];
        for (int i = 0; i < Glyphs.Length; i++)
        {
            var start = Glyphs[i].Cluster;
            var at = Array.BinarySearch(starts, 0, distinct, start);
            if (seen[at]) continue; // (0, 0): no characters
            seen[at] = true;
            var end = at + 1 < distinct ? starts[at + 1] : Text.Length;
            if (start <= end && end <= Text.Length) result[i] = (start, end - start);
        }
        return result;
    }

    // Left-to-right text (the usual case) lists its clusters in order: nothing to sort.
    private bool Ascending()
    {
        for (int i = 1; i < Glyphs.Length; i++)
            if (Glyphs[i].Cluster < Glyphs[i - 1].Cluster) return false;
        return true;
    }

    // As Characters, for clusters in ascending order: the first glyph of a cluster stands for the characters up to the
    // next cluster's start, the others for none.
    private (int Start, int Length)[] AscendingCharacters()
    {
        var result = new (int, int)[Glyphs.Length];
        for (int i = 0; i < Glyphs.Length;)
        {
            var start = Glyphs[i].Cluster;
            var next = i + 1;
            while (next < Glyphs.Length && Glyphs[next].Cluster == start) next++;
            var end = next < Glyphs.Length ? Glyphs[next].Cluster : Text.Length;
            if (start <= end && end <= Text.Length) result[i] = (start, end - start);
            i = next;
        }
        return result;
    }
}
