using BriefGenerator.Hyphenation;
using BriefGenerator.LineBreaking;

namespace BriefGenerator.Rendering.Pdf.Text;

internal sealed partial class LineBreaker
{
    /// <summary>What a line ending inside a word prints: the soft hyphen (U+00AD), which the fonts draw as a hyphen and
    /// which a PDF reader knows to drop when it joins the lines again (ISO 32000, 14.8.2.2.3), so the word extracts whole.</summary>
    public const string HyphenText = "\u00AD";
    private const char SoftHyphen = '\u00AD';
    private static readonly List<int> NoBreaks = new();
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    // Break opportunities by word, emptied when it passes MaxCachedBreaks entries: a big table's numbers and names are
    // mostly seen once (measured, then set), and a cache that kept them all grew with every row for the whole layout.
    // A breaker belongs to one layout pass on one thread (like _chunk), so a plain dictionary will do.
    private const int MaxCachedBreaks = 20_000;
    private readonly Dictionary<string, List<int>> _breaks = new(StringComparer.Ordinal);
    private readonly List<Fragment> _chunk = new();

    // The words of a paragraph split into syllables where the hyphenator allows a hyphen: never the last word of the
    // paragraph, code, links, or a word the author gave soft hyphens.
    private IEnumerable<Word> Syllables(List<Word> words, ParagraphSettings? paragraph) =>
        paragraph?.Hyphenator is null ? words : Hyphenated(words, paragraph);

    private IEnumerable<Word> Hyphenated(List<Word> words, ParagraphSettings paragraph)
    {
        var hyphenator = paragraph.Hyphenator;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (hyphenator is null || i == words.Count - 1 || word.Hyphen is not null || (i > 0 && words[i - 1].Hyphen is not null)
                || Keeps(word, paragraph))
            {
                yield return word;
                continue;
            }
            var text = word.Count == 1 ? word[0].Text : Text(word);
            var breaks = hyphenator.Breaks(text);
            if (breaks.Length == 0) { yield return word; continue; }
            foreach (var piece in Split(word, breaks)) yield return piece;
        }
    }

    // A word hyphenation leaves whole: any piece of it a link, code or raised (a note marker, super- or subscript).
    private static bool Keeps(Word word, ParagraphSettings paragraph)
    {
        for (var k = 0; k < word.Count; k++)
        {
            var style = word[k].Style;
            if (style.IsLink || style.Family == paragraph.CodeFamily || style.Rise != 0) return true;
        }
        return false;
    }

    // The text of a word of several fragments.
    private static string Text(Word word)
    {
        var parts = new string[word.Count];
        for (var k = 0; k < parts.Length; k++) parts[k] = word[k].Text;
        return string.Concat(parts);
    }

    private IEnumerable<Word> Split(Word word, int[] breaks)
    {
        var piece = new Word();
        int offset = 0, next = 0;
        for (var k = 0; k < word.Count; k++)
        {
            var f = word[k];
            int from = 0;
            for (; next < breaks.Length && breaks[next] < offset + f.Text.Length; next++)
            {
                int cut = breaks[next] - offset;
                if (cut > from) piece.Add(Slice(f, from, cut));
                from = cut;
                if (piece.IsEmpty) continue;
                piece.Hyphen = Hyphen(piece.Last);
                yield return piece;
                piece = new Word();
            }
            if (from < f.Text.Length) piece.Add(Slice(f, from, f.Text.Length));
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
        for (var k = 0; k < word.Count; k++)
        {
            var f = word[k];
            foreach (var rune in f.Text.EnumerateRunes())
            {
                var s = rune.ToString();
                var w = _fonts.Measure(s, f.Face, f.Style.Size);
                if (!piece.IsEmpty && piece.Width + w > maxWidth)
                {
                    yield return piece;
                    piece = new Word();
                }
                if (piece.Count > 0 && piece.Last.Face == f.Face && piece.Last.Style == f.Style)
                {
                    var last = piece.Last;
                    var text = last.Text + s;
                    piece[piece.Count - 1] = last with { Text = text, Width = _fonts.Measure(text, f.Face, f.Style.Size) };
                }
                else piece.Add(f with { Text = s, Width = w });
            }
        }
        piece.Space = word.Space;
        piece.HardBreak = word.HardBreak;
        piece.Hyphen = word.Hyphen;
        yield return piece;
    }

    // The words of the text: spaces and hard breaks end them; inside a run without spaces, a word also ends wherever
    // UAX #14 allows a break (BreakOpportunities: after hyphens and dashes, between ideographs, inside URLs, at soft
    // hyphens, which are dropped from the text and become the word's Hyphen). Filled into one list, without iterators
    // (a table of 50,000 rows sets some 600,000 words).
    private List<Word> Words(IReadOnlyList<Fragment> fragments)
    {
        var words = new List<Word>(fragments.Count / 2 + 1); // a word and a space each, mostly
        var chunk = _chunk; // one per breaker, emptied after each word (a breaker serves one render, on one thread)
        chunk.Clear();
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            if (f.Text == "\n" || f.IsSpace)
            {
                bool hard = f.Text == "\n";
                if (chunk.Count == 0 && !hard) continue; // collapse leading and repeated spaces
                Chunk(words, chunk, hard ? null : f, hard);
                chunk.Clear();
            }
            else chunk.Add(f);
        }
        if (chunk.Count > 0) Chunk(words, chunk, null, hard: false);
        chunk.Clear();
        return words;
    }

    private void Chunk(List<Word> words, List<Fragment> chunk, Fragment? space, bool hard)
    {
        var text = chunk.Count switch { 0 => "", 1 => chunk[0].Text, _ => string.Concat(chunk.Select(f => f.Text)) };
        var breaks = text.Length < 2 ? NoBreaks : BreaksOf(text);
        var word = new Word();
        int offset = 0, next = 0;
        for (var i = 0; i < chunk.Count; i++)
        {
            var f = chunk[i];
            int from = 0;
            for (; next < breaks.Count && breaks[next] < offset + f.Text.Length; next++)
            {
                int cut = breaks[next] - offset;
                if (cut > from) AddSlice(word, f, from, cut);
                from = cut;
                if (word.IsEmpty) continue;
                if (text[breaks[next] - 1] == SoftHyphen) word.Hyphen = Hyphen(word.Last);
                words.Add(word);
                word = new Word();
            }
            if (from < f.Text.Length) AddSlice(word, f, from, f.Text.Length);
            offset += f.Text.Length;
        }
        if (word.IsEmpty && !hard) return;
        word.Space = space;
        word.HardBreak = hard;
        words.Add(word);
    }

    // A chunk's break opportunities, found once per layout pass (until the memo is full and starts again).
    private List<int> BreaksOf(string text)
    {
        // Letters and digits of ASCII alone never allow a break between them (UAX #14: LB23, LB25, LB28, and no URL
        // without a dot or a slash): most words, answered without the memo.
        if (!text.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits)) return NoBreaks;
        if (_breaks.TryGetValue(text, out var breaks)) return breaks;
        if (_breaks.Count >= MaxCachedBreaks) _breaks.Clear();
        return _breaks[text] = FindBreaks(text);
    }

    // A word's break opportunities; words without any (most) share one empty list instead of holding their own.
    private static List<int> FindBreaks(string text) => BreakOpportunities.Find(text) is { Count: > 0 } found ? found : NoBreaks;

    // Adds text[start..end] of a fragment to a word, without soft hyphens (they print only where a line breaks).
    private void AddSlice(Word word, Fragment f, int start, int end)
    {
        var slice = Slice(f, start, end);
        if (slice.Text.Contains(SoftHyphen))
        {
            var text = slice.Text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);
            if (text.Length == 0) return;
            slice = f with { Text = text, Width = _fonts.Measure(text, f.Face, f.Style.Size) };
        }
        word.Add(slice);
    }

    private Fragment Slice(Fragment f, int start, int end)
    {
        if (start == 0 && end == f.Text.Length) return f;
        var text = f.Text[start..end];
        return f with { Text = text, Width = _fonts.Measure(text, f.Face, f.Style.Size) };
    }
}
