using BriefGenerator.Document;
using BriefGenerator.Fonts;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The cover, laid out as on the PDF cover from the style set's page furniture: the masthead (organisation,
/// series lines before the title) at the top, the accent bar and title block at the cover offset (the bar paragraph's
/// space before is the offset less the masthead's height, from the same roles), the byline (authors, date) at the foot
/// of the page (the space above it is what the title block leaves, measured with the shared fonts). The title's lines
/// are balanced as in the PDF. The section's different first page has no header or footer; the table of contents, when
/// the theme asks for one, follows; the body starts on a new page.</summary>
internal sealed class CoverWriter : DocxBlockWriter<Cover>
{
    // Word's and LibreOffice's leading round a little differently from the PDF's: keep this much room at the foot.
    private const double Slack = 8;

    protected override void Write(DocxWriter writer, Cover block)
    {
        var roles = writer.Styles;
        var furniture = roles.Furniture;
        var width = writer.Theme.Page.ContentWidth;
        var masthead = block.Blocks.TakeWhile(b => b is Document.Paragraph { StyleClass: "organization" or "organisation" or "series" }).ToList();
        foreach (var line in masthead) writer.WriteBlock(line);
        var rule = writer.AddParagraph(StyleIds.CoverRule);
        if (writer.Context.Logo is { } logo)
        {
            // Placed as in the PDF (LogoPainter.Cover), floating, so the cover's measured layout is untouched.
            var page = writer.Theme.Page;
            var w = writer.Theme.LogoWidth;
            var right = page.Width - page.MarginRight;
            var x = page.MarginRight >= w + 24 ? right + (page.MarginRight - w) / 2 : right - w;
            rule.Append(new DocumentFormat.OpenXml.Wordprocessing.Run(
                writer.Pictures.Anchored(writer.MainPart, logo, w, w / logo.Aspect, x, page.MarginTop, "Logo", writer.LogoAlt)));
        }
        var mastheadHeight = masthead.Sum(b => Height(writer, b, width));
        if (mastheadHeight > 0)
            rule.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Units.TwipsText(Math.Max(0, furniture.CoverOffset - furniture.CoverBarGap - furniture.CoverBarHeight - 2 - mastheadHeight)),
            };
        var rest = block.Blocks.Skip(masthead.Count).ToList();
        var byline = rest.Where(IsByline).ToList();
        var mainHeight = rest.Where(b => !IsByline(b)).Sum(b => Height(writer, b, width));
        var bylineHeight = byline.Sum(b => Height(writer, b, width));
        var first = true;
        foreach (var child in rest.Where(b => !IsByline(b)).Concat(byline))
        {
            switch (child)
            {
                case Heading { Level: 0 } h:
                    writer.WriteBlock(CoverTitle.Balance(h, roles.Title, writer.Context.Fonts, width));
                    break;
                case Document.Paragraph p when IsByline(p):
                    var paragraph = writer.AddParagraph(p.StyleClass == "authors" ? StyleIds.CoverAuthors : StyleIds.CoverDate);
                    if (first)
                    {
                        var space = writer.Theme.Page.ContentHeight - furniture.CoverOffset - mainHeight - bylineHeight - Slack;
                        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = Units.TwipsText(Math.Max(2 * furniture.CoverBarGap, space)) };
                    }
                    first = false;
                    InlineWriter.Append(writer, paragraph, p.Content, RunFormat.Plain);
                    break;
                default:
                    writer.WriteBlock(child);
                    break;
            }
        }
        writer.BreakPage();
        if (writer.Theme.Toc) writer.WriteTableOfContents();
    }

    private static bool IsByline(Block b) => b is Document.Paragraph { StyleClass: "authors" or "date" };

    // A cover block's height from its role: its lines (balanced for the title, greedy otherwise) and its space after.
    private static double Height(DocxWriter writer, Block block, double width)
    {
        var roles = writer.Styles;
        var (role, text) = block switch
        {
            Heading { Level: 0 } h => (roles.Title, InlineWriter.Plain(h.Content)),
            Document.Paragraph p => (roles.ForClass(p.StyleClass) ?? roles.Body, InlineWriter.Plain(p.Content)),
            _ => (roles.Body, ""),
        };
        if (writer.Context.Fonts.Find(role.Family, role.FontStyle) is not { } face) return 0;
        double Measure(string s) => TextMeasurer.Width(s, face, role.Size);
        var lines = block is Heading ? LineBalancer.Balance(text, Measure, width - 2).Count : LineBalancer.Greedy(text, Measure, width).Count;
        return Math.Max(1, lines) * role.Size * role.LineHeight + role.SpaceAfter;
    }
}
