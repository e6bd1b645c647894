namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Line breaking: breaks at spaces, after hyphens, dashes and slashes (not between digits) and at soft hyphens;
/// a word wider than the column is broken between characters rather than allowed to overflow. Body paragraphs
/// (<see cref="ParagraphSettings"/>) are also hyphenated and broken by total fit (<see cref="TotalFit"/>); everything
/// else is broken greedily.</summary>
internal sealed partial class LineBreaker
{
    private const double Ascent = 1.069, Descent = 0.293; // Noto's vertical metrics, in em
    private readonly FontSet _fonts;
    private readonly double _lineHeight;

    public LineBreaker(FontSet fonts, double lineHeight)
    {
        _fonts = fonts;
        _lineHeight = lineHeight;
    }

    /// <summary>The theme's line height (a multiple of the size) for runs whose role gives none.</summary>
    public double LineHeight => _lineHeight;

    /// <summary>Sets fragments into lines no wider than <paramref name="maxWidth"/>; a body paragraph passes its
    /// <paramref name="paragraph"/> settings (hyphenation, total fit, the stretch justification may give).</summary>
    public List<TextLine> Break(IReadOnlyList<Fragment> fragments, double maxWidth, TextAlign align, ParagraphSettings? paragraph = null)
    {
        var words = Words(fragments);
        var pieces = paragraph?.Hyphenator is null ? words : new List<Word>(words.Count);
        if (paragraph?.Hyphenator is not null)
            foreach (var word in Syllables(words, paragraph)) pieces.Add(word);
        // Words wider than the line are cut into pieces that fit (rare: the list is copied only then).
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Width <= maxWidth) continue;
            var split = new List<Word>(pieces.Count + 4);
            for (var k = 0; k < pieces.Count; k++)
                if (pieces[k].Width > maxWidth) split.AddRange(SplitOverlong(pieces[k], maxWidth));
                else split.Add(pieces[k]);
            pieces = split;
            break;
        }
        var ends = paragraph is not null && pieces.Count <= ParagraphSettings.TotalFitLimit
            ? TotalFit.Breaks(pieces, maxWidth, align == TextAlign.Justify, paragraph.MaxStretch)
            : Greedy(pieces, maxWidth);
        var lines = new List<TextLine>(ends.Count);
        int start = 0;
        foreach (var end in ends)
        {
            lines.Add(Place(pieces, start, end - start + 1, maxWidth, align, end == pieces.Count - 1, paragraph));
            start = end + 1;
        }
        return lines;
    }

    /// <summary>A table cell's widest unbreakable word (its column's minimum), its width set on one line (the column's
    /// preferred width) and its words with their widths, to count its lines at any width: one pass over its words.</summary>
    public (double Min, double Max, CellWords Words) Extent(IReadOnlyList<Fragment> fragments)
    {
        var words = Words(fragments);
        var widths = new double[words.Count];
        var spaces = new double[words.Count];
        var breaks = new bool[words.Count];
        double min = 0, best = 0, line = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            widths[i] = w.Width;
            spaces[i] = w.SpaceWidth;
            breaks[i] = w.HardBreak;
            min = Math.Max(min, w.Width + w.HyphenWidth);
            line += w.Width + w.SpaceWidth;
            if (w.HardBreak) { best = Math.Max(best, line); line = 0; }
        }
        return (min, Math.Max(best, line), new CellWords(widths, spaces, breaks));
    }

    // First fit: each line takes every piece that fits. Returns the index of each line's last piece.
    private static List<int> Greedy(List<Word> pieces, double maxWidth)
    {
        var ends = new List<int>();
        double width = 0;
        int count = 0;
        for (int i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var needed = count == 0 ? piece.Width : width + pieces[i - 1].SpaceWidth + piece.Width;
            if (count > 0 && needed + piece.HyphenWidth > maxWidth + 0.01)
            {
                ends.Add(i - 1);
                count = 0;
                needed = piece.Width;
            }
            count++;
            width = needed;
            if (piece.HardBreak) { ends.Add(i); count = 0; width = 0; }
        }
        if (count > 0) ends.Add(pieces.Count - 1);
        return ends;
    }

    // A run's line height: its role's, else the theme's.
    private double Height(RunStyle style) => style.Size * (style.LineHeight > 0 ? style.LineHeight : _lineHeight);
}
