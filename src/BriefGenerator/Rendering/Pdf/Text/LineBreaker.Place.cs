namespace BriefGenerator.Rendering.Pdf.Text;

internal sealed partial class LineBreaker
{
    // Positions a line's words. Justified lines (not the last of a paragraph or before a hard break) share the slack
    // among their spaces in proportion to their widths, each space growing by at most MaxStretch of its width (the
    // rest is left at the end) or shrinking by at most MaxShrink.
    private TextLine Place(List<Word> words, double maxWidth, TextAlign align, bool lastOfParagraph, ParagraphSettings? paragraph)
    {
        double natural = 0, glue = 0;
        for (int i = 0; i < words.Count; i++)
        {
            natural += words[i].Width;
            if (i < words.Count - 1) { natural += words[i].SpaceWidth; glue += words[i].SpaceWidth; }
        }
        var hyphen = words[^1].Hyphen;
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
        var placed = new List<PlacedFragment>();
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
            foreach (var f in words[i].Content) Add(f, f.Width);
            if (words[i].Space is { } space) Add(space, space.Width + (i < words.Count - 1 ? ratio * space.Width : 0));
        }
        if (hyphen is not null) Add(hyphen, hyphen.Width);
        var baseline = (height - (Ascent + Descent) * maxSize) / 2 + Ascent * maxSize;
        return new TextLine(placed, natural + ratio * glue, height, baseline) { Hyphenated = hyphen is not null };
    }
}
