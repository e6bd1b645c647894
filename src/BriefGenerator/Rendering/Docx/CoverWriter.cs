using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The cover, laid out as on the PDF cover from the style set's page furniture: the masthead (organisation,
/// series lines before the title) at the top, the accent bar and title block at the cover offset (the bar paragraph's
/// space before is the offset less the masthead's height, from the same roles), the byline (authors, date) in a frame
/// at the foot of the page. The title's lines are balanced as in the PDF. The section's different first page has no
/// header or footer; the table of contents, when the theme asks for one, follows; the body starts on a new page.</summary>
internal sealed class CoverWriter : DocxBlockWriter<Cover>
{
    protected override void Write(DocxWriter writer, Cover block)
    {
        var roles = writer.Styles;
        var furniture = roles.Furniture;
        var masthead = block.Blocks.TakeWhile(b => b is Document.Paragraph { StyleClass: "organization" or "organisation" or "series" })
            .Cast<Document.Paragraph>().ToList();
        foreach (var line in masthead) writer.WriteBlock(line);
        var height = masthead.Sum(p => roles.ForClass(p.StyleClass)!.Size * roles.ForClass(p.StyleClass)!.LineHeight + roles.ForClass(p.StyleClass)!.SpaceAfter);
        var rule = writer.AddParagraph(StyleIds.CoverRule);
        if (height > 0)
            rule.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Units.TwipsText(Math.Max(0, furniture.CoverOffset - furniture.CoverBarGap - furniture.CoverBarHeight - 2 - height)),
            };
        foreach (var child in block.Blocks.Skip(masthead.Count))
        {
            switch (child)
            {
                case Heading { Level: 0 } h:
                    writer.WriteBlock(CoverTitle.Balance(h, roles.Title, writer.Context.Fonts, writer.Theme.Page.ContentWidth));
                    break;
                case Document.Paragraph { StyleClass: "authors" or "date" } p:
                    var paragraph = writer.AddParagraph(p.StyleClass == "authors" ? StyleIds.CoverAuthors : StyleIds.CoverDate);
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
}
