namespace BriefGenerator.Import;

/// <summary>Joins the lines of one paragraph or list item back into one line, so that <see cref="BlockReader"/>
/// sees hard-wrapped text as it sees scraped text (one paragraph a line). A text line is joined to the prose line
/// just above it (no blank line between) when
/// <list type="bullet">
/// <item>the input is hard-wrapped (see <see cref="HardWrap"/>) and that line reaches the wrap width, unless it is
/// a heading: a line that starts its block, looks like a heading (<see cref="HeadingRule.LooksLikeHeading"/>), is in
/// title case (<see cref="HeadingRule.IsTitleCase"/>), followed by a line that starts with a capital and is not in
/// title case (a heading wider than the wrap width still joins its own second line); or</item>
/// <item>the line above belongs to a list item and the text line is indented more than the item's marker line.</item>
/// </list>
/// List items, tables, <c>#</c> headings, rules and blank lines are never joined, so a short heading line or the
/// last line of a paragraph ends its block. The parts are joined with one space, except that a line ending in
/// <c>-</c> right after a letter or digit, followed by a line starting with a letter or digit, is joined without a
/// space and keeps its hyphen ("US-" + "Uzbekistan" → "US-Uzbekistan", "inter-" + "national" → "inter-national"):
/// the importer cannot tell a word broken by the wrapper from a hyphenated one, and no text is ever dropped.</summary>
public static class LineJoiner
{
    /// <summary>The lines with continuation lines joined into the line they continue; <paramref name="wrapWidth"/>
    /// is the input's wrap width, or null when it is not hard-wrapped.</summary>
    public static List<RawLine> Apply(IReadOnlyList<RawLine> lines, int? wrapWidth)
    {
        // Each block's parts are gathered and concatenated once, when the block ends: joining them one by one would
        // copy a long paragraph once per line (quadratic in a hard-wrapped file with few blank lines).
        var result = new List<RawLine>(lines.Count);
        var block = new Block();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (block.First is { } first && Continues(first, lines[i - 1], line, wrapWidth, startsBlock: block.Parts == 1))
                block.Join(line);
            else
            {
                if (block.First is not null) result.Add(block.ToLine());
                block.Start(line);
            }
        }
        if (block.First is not null) result.Add(block.ToLine());
        return result;
    }

    // `above` is the physical line before `line`; `block` is the (possibly already joined) line it belongs to, and
    // `startsBlock` says that `above` is that block's first line.
    private static bool Continues(RawLine block, RawLine above, RawLine line, int? wrapWidth, bool startsBlock) =>
        line.Kind == RawLineKind.Text && HardWrap.IsProse(above)
        && ((wrapWidth is { } width && HardWrap.Reaches(above, line, width) && !(startsBlock && IsHeading(above, line)))
            || (block.Kind is RawLineKind.Bullet or RawLineKind.Numbered && line.Indent > block.Indent));

    private static bool IsHeading(RawLine line, RawLine next) =>
        line.Kind == RawLineKind.Text && HeadingRule.LooksLikeHeading(line.Text) && HeadingRule.IsTitleCase(line.Text)
        && char.IsUpper(next.Text[0]) && !HeadingRule.IsTitleCase(next.Text);

    // One block being gathered: its first line, the text and content parts with their glue, and the last two
    // characters of the text so far (what decides the glue of the next part).
    private sealed class Block
    {
        private readonly System.Text.StringBuilder _text = new(), _content = new();
        private string _tail = "";

        public RawLine? First { get; private set; }
        public int Parts { get; private set; }

        public void Start(RawLine line)
        {
            First = line;
            Parts = 1;
            _text.Clear().Append(line.Text);
            _content.Clear().Append(line.Content);
            _tail = Tail(line.Text);
        }

        public void Join(RawLine next)
        {
            var glue = BrokenAtHyphen(_tail, next.Text) ? "" : " ";
            _text.Append(glue).Append(next.Text);
            _content.Append(glue).Append(next.Text);
            _tail = Tail(_tail + glue + Tail(next.Text));
            Parts++;
        }

        public RawLine ToLine() => Parts == 1 ? First! : First! with { Text = _text.ToString(), Content = _content.ToString() };

        private static string Tail(string s) => s.Length <= 2 ? s : s[^2..];
    }

    private static bool BrokenAtHyphen(string text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]) && char.IsLetterOrDigit(next[0]);
}
