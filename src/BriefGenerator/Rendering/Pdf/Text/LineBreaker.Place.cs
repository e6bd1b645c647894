namespace BriefGenerator.Rendering.Pdf.Text;

internal sealed partial class LineBreaker
{
    // Positions a line's words. Justified lines (not the last of a paragraph or before a hard break) share the slack
    // among their spaces in proportion to their widths, each space growing by at most MaxStretch of its width (the
    // rest is left at the end) or shrinking by at most MaxShrink.
    // The line holds all[first..first + count).
    private TextLine Place(List<Word> all, int first, int count, double maxWidth, TextAlign align, bool lastOfParagraph, ParagraphSettings? paragraph)
    {
        var words = new WordRange(all, first, count);
        double natural = 0, glue = 0;
        var pieces = 0; // the placed fragments, so that their list is allocated once at its size
        for (int i = 0; i < words.Count; i++)
        {
            natural += words[i].Width;
            if (i < words.Count - 1) { natural += words[i].SpaceWidth; glue += words[i].SpaceWidth; }
            pieces += words[i].Count + (words[i].Space is null ? 0 : 1);
        }
        var hyphen = words[^1].Hyphen;
        if (hyphen is not null) pieces++;
        if (hyphen is not null) natural += hyphen.Width;
        double slack = maxWidth - natural;
        double ratio = 0;
        if (align == TextAlign.Justify && !lastOfParagraph && !words[^1].HardBreak && glue > 0)
        {
            ratio = slack / glue;
            if (paragraph is not null) ratio = Math.Clamp(ratio, -ParagraphSettings.MaxShrink, paragraph.MaxStretch);
            else ratio = Math.Max(0, ratio);
        }
        double x = align switch { TextAlign.Center => Math.Max(0, slack) / 2, TextAlign.Right => Math.Max(0, slack), _ => 0 };
        var placed = new List<PlacedFragment>(pieces);
        double maxSize = 0, height = 0;
        void Add(Fragment f, double width)
        {
            placed.Add(new PlacedFragment(f, x, width));
            x += width;
            maxSize = Math.Max(maxSize, f.Style.Size);
            height = Math.Max(height, Height(f.Style));
        }
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            for (var k = 0; k < word.Count; k++) Add(word[k], word[k].Width);
            if (words[i].Space is { } space) Add(space, space.Width + (i < words.Count - 1 ? ratio * space.Width : 0));
        }
        if (hyphen is not null) Add(hyphen, hyphen.Width);
        var baseline = (height - (Ascent + Descent) * maxSize) / 2 + Ascent * maxSize;
        return new TextLine(placed, natural + ratio * glue, height, baseline) { Hyphenated = hyphen is not null };
    }

    // A slice of a list of words, read in place (rather than copied out with GetRange for every line).
    private readonly struct WordRange(List<Word> all, int first, int count)
    {
        public int Count => count;
        public Word this[int i] => all[first + i];
        public Word this[Index i] => all[first + i.GetOffset(count)];
    }
}
