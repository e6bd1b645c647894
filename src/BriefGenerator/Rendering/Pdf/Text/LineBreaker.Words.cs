using BriefGenerator.Hyphenation;

namespace BriefGenerator.Rendering.Pdf.Text;

internal sealed partial class LineBreaker
{
    /// <summary>What a line ending inside a word prints: the soft hyphen (U+00AD), which the fonts draw as a hyphen and
    /// which a PDF reader knows to drop when it joins the lines again (ISO 32000, 14.8.2.2.3), so the word extracts whole.</summary>
    public const string HyphenText = "\u00AD";
    private const char SoftHyphen = '\u00AD';
    private static readonly char[] BreakAfter = { '-', '\u2010', '\u2013', '\u2014', '/' };

    // The words of a paragraph split into syllables where the hyphenator allows a hyphen: never the last word of the
    // paragraph, code, links, or a word the author gave soft hyphens.
    private IEnumerable<Word> Syllables(List<Word> words, ParagraphSettings? paragraph)
    {
        var hyphenator = paragraph?.Hyphenator;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (hyphenator is null || i == words.Count - 1 || word.Hyphen is not null || (i > 0 && words[i - 1].Hyphen is not null)
                || word.Content.Any(f => f.Style.IsLink || f.Style.Family == paragraph!.CodeFamily || f.Style.Rise != 0))
            {
                yield return word;
                continue;
            }
            var text = word.Content.Count == 1 ? word.Content[0].Text : string.Concat(word.Content.Select(f => f.Text));
            var breaks = hyphenator.Breaks(text);
            if (breaks.Length == 0) { yield return word; continue; }
            foreach (var piece in Split(word, breaks)) yield return piece;
        }
    }

    private IEnumerable<Word> Split(Word word, int[] breaks)
    {
        var piece = new Word();
        int offset = 0, next = 0;
        foreach (var f in word.Content)
        {
            int from = 0;
            for (; next < breaks.Length && breaks[next] < offset + f.Text.Length; next++)
            {
                int cut = breaks[next] - offset;
                if (cut > from) piece.Content.Add(Slice(f, from, cut));
                from = cut;
                if (piece.IsEmpty) continue;
                piece.Hyphen = Hyphen(piece.Content[^1]);
                yield return piece;
                piece = new Word();
            }
            if (from < f.Text.Length) piece.Content.Add(Slice(f, from, f.Text.Length));
            offset += f.Text.Length;
        }
        piece.Space = word.Space;
        piece.HardBreak = word.HardBreak;
        yield return piece;
    }

    private Fragment Hyphen(Fragment before) =>
        before with { Text = HyphenText, Width = _fonts.Measure("-", before.Face, before.Style.Size) };

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
        piece.Hyphen = word.Hyphen;
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
                if (f.IsSpace) { held.Space = f; held.Hyphen = null; }
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
                    bool soft = f.Text[i] == SoftHyphen;
                    if (!soft && (Array.IndexOf(BreakAfter, f.Text[i]) < 0 || InsideNumber(f.Text, i))) continue;
                    if (i == start && word.IsEmpty)
                    {
                        if (soft) start = i + 1; // a soft hyphen with nothing before it is dropped
                        continue;
                    }
                    if (soft)
                    {
                        if (i > start) word.Content.Add(Slice(f, start, i));
                        word.Hyphen = Hyphen(word.Content[^1]);
                    }
                    else word.Content.Add(Slice(f, start, i + 1));
                    start = i + 1;
                    // A break ending the fragment waits: a space right after it belongs to it ("-- x" keeps its space).
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
