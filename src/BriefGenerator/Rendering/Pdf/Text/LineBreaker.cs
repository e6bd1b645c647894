namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Greedy line breaking: breaks at spaces and after hyphens, dashes and slashes (not between digits); a word wider than the
/// column is broken between characters rather than allowed to overflow.</summary>
internal sealed class LineBreaker
{
    private const double Ascent = 1.069, Descent = 0.293; // Noto's vertical metrics, in em
    private static readonly char[] BreakAfter = { '-', '\u2010', '\u2013', '\u2014', '/' };
    private readonly FontSet _fonts;
    private readonly double _lineHeight;

    public LineBreaker(FontSet fonts, double lineHeight)
    {
        _fonts = fonts;
        _lineHeight = lineHeight;
    }

    /// <summary>Sets fragments into lines no wider than <paramref name="maxWidth"/>.</summary>
    public List<TextLine> Break(IReadOnlyList<Fragment> fragments, double maxWidth, TextAlign align)
    {
        var lines = new List<TextLine>();
        var current = new List<Word>();
        double width = 0;
        foreach (var word in Words(fragments))
        {
            foreach (var piece in word.Width > maxWidth ? SplitOverlong(word, maxWidth) : new[] { word })
            {
                var needed = current.Count == 0 ? piece.Width : width + current[^1].SpaceWidth + piece.Width;
                if (current.Count > 0 && needed > maxWidth + 0.01)
                {
                    lines.Add(Place(current, maxWidth, align, lastOfParagraph: false));
                    current = new List<Word>();
                    needed = piece.Width;
                }
                current.Add(piece);
                width = needed;
                if (piece.HardBreak)
                {
                    lines.Add(Place(current, maxWidth, align, lastOfParagraph: true));
                    current = new List<Word>();
                    width = 0;
                }
            }
        }
        if (current.Count > 0) lines.Add(Place(current, maxWidth, align, lastOfParagraph: true));
        return lines;
    }

    /// <summary>Width of the widest unbreakable word (a table column's minimum).</summary>
    public double MinWidth(IReadOnlyList<Fragment> fragments) =>
        Words(fragments).Select(w => w.Width).DefaultIfEmpty(0).Max();

    /// <summary>The words of a table cell with their widths, to count its lines at any width.</summary>
    public CellWords Measure(IReadOnlyList<Fragment> fragments)
    {
        var words = Words(fragments).ToList();
        return new CellWords(words.Select(w => w.Width).ToArray(), words.Select(w => w.SpaceWidth).ToArray(),
            words.Select(w => w.HardBreak).ToArray());
    }

    /// <summary>Width of the text set on one line (a table column's preferred width).</summary>
    public double MaxWidth(IReadOnlyList<Fragment> fragments)
    {
        double best = 0, line = 0;
        foreach (var w in Words(fragments))
        {
            line += w.Width + w.SpaceWidth;
            if (w.HardBreak) { best = Math.Max(best, line); line = 0; }
        }
        return Math.Max(best, line);
    }

    // A run's line height: its role's, else the theme's.
    private double Height(RunStyle style) => style.Size * (style.LineHeight > 0 ? style.LineHeight : _lineHeight);

    private TextLine Place(List<Word> words, double maxWidth, TextAlign align, bool lastOfParagraph)
    {
        double natural = 0;
        int gaps = 0;
        for (int i = 0; i < words.Count; i++)
        {
            natural += words[i].Width;
            if (i < words.Count - 1) { natural += words[i].SpaceWidth; if (words[i].Space is not null) gaps++; }
        }
        double slack = Math.Max(0, maxWidth - natural);
        double x = align switch { TextAlign.Center => slack / 2, TextAlign.Right => slack, _ => 0 };
        double stretch = align == TextAlign.Justify && !lastOfParagraph && !words[^1].HardBreak && gaps > 0 ? slack / gaps : 0;
        var placed = new List<PlacedFragment>();
        double maxSize = 0, height = 0;
        for (int i = 0; i < words.Count; i++)
        {
            foreach (var f in words[i].Content)
            {
                placed.Add(new PlacedFragment(f, x, f.Width));
                x += f.Width;
                maxSize = Math.Max(maxSize, f.Style.Size);
                height = Math.Max(height, Height(f.Style));
            }
            if (words[i].Space is { } space)
            {
                var extra = i < words.Count - 1 ? stretch : 0;
                placed.Add(new PlacedFragment(space, x, space.Width + extra));
                x += space.Width + extra;
                maxSize = Math.Max(maxSize, space.Style.Size);
                height = Math.Max(height, Height(space.Style));
            }
        }
        var baseline = (height - (Ascent + Descent) * maxSize) / 2 + Ascent * maxSize;
        return new TextLine(placed, natural + (stretch > 0 ? stretch * gaps : 0), height, baseline);
    }

    private IEnumerable<Word> SplitOverlong(Word word, double maxWidth)
    {
        var piece = new Word();
        foreach (var f in word.Content)
        {
            foreach (var rune in f.Text.EnumerateRunes())
            {
                var s = rune.ToString();
                var w = _fonts.Measure(s, f.Face, f.Style.Size);
                if (!piece.IsEmpty && piece.Width + w > maxWidth)
                {
                    yield return piece;
                    piece = new Word();
                }
                if (piece.Content.Count > 0 && piece.Content[^1].Face == f.Face && piece.Content[^1].Style == f.Style)
                {
                    var last = piece.Content[^1];
                    var text = last.Text + s;
                    piece.Content[^1] = last with { Text = text, Width = _fonts.Measure(text, f.Face, f.Style.Size) };
                }
                else piece.Content.Add(f with { Text = s, Width = w });
            }
        }
        piece.Space = word.Space;
        piece.HardBreak = word.HardBreak;
        yield return piece;
    }

    private IEnumerable<Word> Words(IReadOnlyList<Fragment> fragments)
    {
        var word = new Word();
        Word? held = null;
        foreach (var f in fragments)
        {
            if (held is not null)
            {
                if (f.IsSpace) held.Space = f;
                yield return held;
                held = null;
                if (f.IsSpace) continue;
            }
            if (f.Text == "\n")
            {
                word.HardBreak = true;
                yield return word;
                word = new Word();
            }
            else if (f.IsSpace)
            {
                if (word.IsEmpty) continue; // collapse leading and repeated spaces
                word.Space = f;
                yield return word;
                word = new Word();
            }
            else
            {
                int start = 0;
                for (int i = 0; i < f.Text.Length; i++)
                {
                    if (Array.IndexOf(BreakAfter, f.Text[i]) < 0 || InsideNumber(f.Text, i)) continue;
                    bool hasBefore = i > start || !word.IsEmpty;
                    if (!hasBefore) continue;
                    word.Content.Add(Slice(f, start, i + 1));
                    start = i + 1;
                    // A dash ending the fragment waits: a space right after it belongs to it ("-- x" keeps its space).
                    if (i == f.Text.Length - 1) held = word;
                    else yield return word;
                    word = new Word();
                }
                if (start < f.Text.Length) word.Content.Add(start == 0 ? f : Slice(f, start, f.Text.Length));
            }
        }
        if (held is not null) yield return held;
        if (!word.IsEmpty || word.HardBreak) yield return word;
    }

    // A dash or slash between digits belongs to a number, date or range ("2019–2023", "3/4"): never break there.
    private static bool InsideNumber(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private Fragment Slice(Fragment f, int start, int end)
    {
        if (start == 0 && end == f.Text.Length) return f;
        var text = f.Text[start..end];
        return f with { Text = text, Width = _fonts.Measure(text, f.Face, f.Style.Size) };
    }
}
