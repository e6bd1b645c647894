using System.Text;

namespace BriefGenerator.Document.Parsing;

/// <summary>Typographic text: straight quotes become the language's quotation marks (an apostrophe between or after
/// letters becomes ’), <c>---</c> an em dash, <c>--</c> an en dash and <c>...</c> an ellipsis. Works on the text of a
/// block in reading order, across bold, italic and links, so a quote opened before <c>**bold**</c> closes after it;
/// code, math and HTML tags kept as literal text are never touched. On by default; a theme turns it off with <c>smart_quotes: false</c>.</summary>
internal sealed class Typography
{
    private readonly QuoteMarks _marks;
    private char _previous;
    private int _openSingles;
    private bool _afterOpening;

    private Typography(QuoteMarks marks) => _marks = marks;

    /// <summary>The inlines of one block (a paragraph, heading, caption or table cell) set typographically.</summary>
    public static IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines, QuoteMarks marks) =>
        new Typography(marks).Walk(inlines);

    // Inlines whose text needs no change are kept as they are (the same objects, the same list): most text of a big
    // table (names, numbers) has nothing to set, and a copy of every cell's inlines would be garbage a row.
    private IReadOnlyList<Inline> Walk(IReadOnlyList<Inline> inlines)
    {
        Inline[]? result = null;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            var set = SetInline(inline, i + 1 < inlines.Count ? FirstChar(inlines[i + 1]) : '\0');
            if (result is null && !ReferenceEquals(set, inline))
            {
                result = new Inline[inlines.Count];
                for (var k = 0; k < i; k++) result[k] = inlines[k];
            }
            if (result is not null) result[i] = set;
        }
        return result ?? inlines;
    }

    private Inline SetInline(Inline inline, char next) => inline switch
    {
        Text t => Set(t.Value, next) is var value && ReferenceEquals(value, t.Value) ? t : new Text(value),
        Strong s => Walk(s.Children) is var c && ReferenceEquals(c, s.Children) ? s : new Strong(c),
        Emphasis e => Walk(e.Children) is var c && ReferenceEquals(c, e.Children) ? e : new Emphasis(c),
        Link l => Walk(l.Children) is var c && ReferenceEquals(c, l.Children) ? l : l with { Children = c },
        CrossRef x => Walk(x.Children) is var c && ReferenceEquals(c, x.Children) ? x : x with { Children = c },
        Superscript p => Walk(p.Children) is var c && ReferenceEquals(c, p.Children) ? p : new Superscript(c),
        Subscript b => Walk(b.Children) is var c && ReferenceEquals(c, b.Children) ? b : new Subscript(c),
        LineBreak br => Reset(br),
        var other => Opaque(other),
    };

    private Inline Reset(Inline br) { _previous = '\0'; return br; }

    private Inline Opaque(Inline other) { _previous = 'x'; return other; }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\"'<");

    private string Set(string text, char after)
    {
        // Nothing to set (no quote, tag, "..", "--"): the text as it is, the state as the loop below would leave it.
        if (text.AsSpan().IndexOfAny(Marks) < 0 && !text.Contains("..", StringComparison.Ordinal) && !text.Contains("--", StringComparison.Ordinal))
        {
            if (text.Length > 0) { _previous = text[^1]; _afterOpening = false; }
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : after;
            if (c == '<' && RawTagEnd(text, i) is var end and > 0)
            {
                // An HTML tag kept as literal text (BG066) stays exactly as typed.
                sb.Append(text, i, end - i + 1);
                i = end;
                _previous = '>';
                _afterOpening = false;
                continue;
            }
            if (c == '.' && At(text, i, "...")) { sb.Append('\u2026'); i += 2; }
            else if (c == '-' && At(text, i, "---")) { sb.Append('\u2014'); i += 2; }
            else if (c == '-' && At(text, i, "--")) { sb.Append('\u2013'); i += 1; }
            else if (c == '"') sb.Append(Opens(_previous) ? _marks.OpenDouble : _marks.CloseDouble);
            else if (c == '\'') sb.Append(Single(next));
            else sb.Append(c);
            _afterOpening = (c == '"' || c == '\'') && Opened(sb);
            _previous = sb[^1];
        }
        return sb.ToString();
    }

    private string Single(char next)
    {
        if (char.IsLetterOrDigit(_previous) && char.IsLetter(next)) return QuoteMarks.Apostrophe.ToString(); // don't, l'État
        if (Opens(_previous))
        {
            if (char.IsDigit(next)) return QuoteMarks.Apostrophe.ToString(); // '90s
            _openSingles++;
            return _marks.OpenSingle;
        }
        if (_openSingles > 0) { _openSingles--; return _marks.CloseSingle; }
        return QuoteMarks.Apostrophe.ToString(); // the states' interests
    }

    // A quote opens at the start, after a space, an opening bracket, a dash or another opening quote.
    private bool Opens(char previous) =>
        previous == '\0' || char.IsWhiteSpace(previous) || "([{<\u2013\u2014/".Contains(previous) || _afterOpening;

    private bool Opened(System.Text.StringBuilder sb)
    {
        var text = sb.ToString();
        return text.EndsWith(_marks.OpenDouble, StringComparison.Ordinal) || text.EndsWith(_marks.OpenSingle, StringComparison.Ordinal);
    }

    // The index of the '>' closing an HTML tag that starts at i ("<EU>", "<span class=\"x\">", "</span>"), or -1.
    private static int RawTagEnd(string text, int i)
    {
        if (i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/')) return -1;
        var end = text.IndexOf('>', i + 1);
        var nextOpen = text.IndexOf('<', i + 1);
        return end > 0 && (nextOpen < 0 || nextOpen > end) ? end : -1;
    }

    private static bool At(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;

    private static char FirstChar(Inline inline) => inline switch
    {
        Text t => t.Value.Length > 0 ? t.Value[0] : '\0',
        Strong s => s.Children.Count > 0 ? FirstChar(s.Children[0]) : '\0',
        Emphasis e => e.Children.Count > 0 ? FirstChar(e.Children[0]) : '\0',
        Link l => l.Children.Count > 0 ? FirstChar(l.Children[0]) : '\0',
        CrossRef x => x.Children.Count > 0 ? FirstChar(x.Children[0]) : '\0',
        _ => 'x',
    };
}
