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
        ClustersAscend = true;
        for (int i = 0; i < glyphs.Length; i++)
        {
            Advance += glyphs[i].Advance;
            if (i > 0 && glyphs[i].Cluster < glyphs[i - 1].Cluster) ClustersAscend = false;
        }
    }

    /// <summary>True when the glyphs' clusters never go back (left-to-right text, the usual case): then
    /// <see cref="AscendingSpanOf"/> gives each glyph's characters without a table.</summary>
    public bool ClustersAscend { get; }

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

    /// <summary><see cref="CharacterSpanOf"/> for text whose <see cref="ClustersAscend"/>, worked out in place (a line
    /// the PDF draws is shaped once and its table would be garbage at once): the first glyph of a cluster stands for
    /// the characters up to the next cluster's start, the others for none.</summary>
    public ReadOnlySpan<char> AscendingSpanOf(int index)
    {
        var start = Glyphs[index].Cluster;
        if (index > 0 && Glyphs[index - 1].Cluster == start) return ReadOnlySpan<char>.Empty;
        var next = index + 1;
        while (next < Glyphs.Length && Glyphs[next].Cluster == start) next++;
        var end = next < Glyphs.Length ? Glyphs[next].Cluster : Text.Length;
        return start <= end && end <= Text.Length ? Text.AsSpan(start, end - start) : ReadOnlySpan<char>.Empty;
    }

    private (int Start, int Length)[]? _characters;

    // Each glyph's characters as a range of Text: the distinct cluster starts in order give each cluster's end.
    private (int Start, int Length)[] Characters()
    {
        if (ClustersAscend) return AscendingCharacters();
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
