using BriefGenerator.Document;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A rough page number for each heading, for the cached results of the table of contents' PAGEREF fields:
/// the cover and contents pages, explicit page breaks, and lines of text at the theme's size. Word and LibreOffice
/// replace the estimate with the real page when they update fields.</summary>
internal static class PageEstimator
{
    /// <summary>Every heading in document order with its estimated page.</summary>
    public static IEnumerable<(Heading Heading, int Page)> Headings(BriefDocument document, Theme theme)
    {
        var lineHeight = theme.Fonts.BodySize * theme.Fonts.LineHeight;
        var linesPerPage = Math.Max(10, theme.Page.ContentHeight / lineHeight);
        var charsPerLine = Math.Max(20, theme.Page.ContentWidth / (theme.Fonts.BodySize * 0.5));
        var hasCover = document.Blocks.Any(b => b is Cover);
        var page = hasCover ? (theme.Toc ? 3 : 2) : (theme.Toc ? 2 : 1);
        double lines = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Cover: continue;
                case PageBreak:
                    page++; lines = 0; continue;
                case Heading h:
                    if (lines + 4 > linesPerPage) { page++; lines = 0; }
                    yield return (h, page);
                    lines += 3;
                    break;
                default:
                    lines += Lines(block, charsPerLine);
                    break;
            }
            while (lines > linesPerPage) { page++; lines -= linesPerPage; }
        }
    }

    private static double Lines(Block block, double charsPerLine) => block switch
    {
        Paragraph p => Math.Ceiling(InlineWriter.Plain(p.Content).Length / charsPerLine) + 0.5,
        BulletList b => b.Items.Sum(i => i.Blocks.Sum(x => Lines(x, charsPerLine * 0.9))),
        NumberedList n => n.Items.Sum(i => i.Blocks.Sum(x => Lines(x, charsPerLine * 0.9))),
        Callout c => 3 + c.Blocks.Sum(x => Lines(x, charsPerLine * 0.9)),
        Quote q => 1 + q.Blocks.Sum(x => Lines(x, charsPerLine * 0.9)),
        DefinitionList d => d.Items.Sum(i => i.Terms.Count + i.Definition.Sum(x => Lines(x, charsPerLine * 0.9))),
        Table t => 3 + (t.Rows.Count + 1) * 1.6,
        _ => 1,
    };
}
