using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;
using ListItem = BriefGenerator.Document.ListItem;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Bullet and numbered lists. A top-level list registers its own numbering instance; nested lists use the
/// next level of the same instance. The first paragraph of an item carries the number, later ones are indented
/// to the item's text.</summary>
internal abstract class ListWriter<T> : DocxBlockWriter<T> where T : Block
{
    protected abstract IReadOnlyList<ListItem> Items(T list);

    protected override void Write(DocxWriter writer, T block)
    {
        var outer = writer.List;
        var current = outer is { } o
            ? (o.NumberId, Math.Min(o.Level + 1, NumberingBuilder.MaxLevel))
            : (writer.Numbering.Register(block), 0);
        writer.List = current;
        var first = writer.ParagraphCount;
        foreach (var item in Items(block)) WriteItem(writer, item, current.Item1, current.Item2);
        writer.List = outer;
        // A short list is kept together on one page, as in the PDF.
        if (outer is null && Items(block).Count <= writer.Styles.Furniture.KeepListItems) writer.KeepWithNext(first, writer.ParagraphCount - 1);
        if (outer is null) writer.GapAfterBlock(writer.Theme.Spacing.ParagraphAfter);
    }

    private static void WriteItem(DocxWriter writer, ListItem item, int numberId, int level)
    {
        var first = true;
        foreach (var block in item.Blocks)
        {
            if (block is Document.Paragraph p)
            {
                var paragraph = writer.AddParagraph(writer.ContainerStyle ?? StyleIds.ListParagraph);
                var properties = paragraph.ParagraphProperties!;
                if (first)
                    properties.NumberingProperties = new NumberingProperties
                    {
                        NumberingLevelReference = new NumberingLevelReference { Val = level },
                        NumberingId = new NumberingId { Val = numberId },
                    };
                var text = writer.ContainerIndent + writer.Theme.Spacing.ListIndent * (level + 1);
                // Inside a callout or quote the numbers hang from the container's edge, so its rule and shading line up.
                if (!first || writer.ContainerIndent > 0)
                    properties.Indentation = new Indentation
                    {
                        Left = Units.TwipsText(text),
                        Hanging = first ? Units.TwipsText(writer.Theme.Spacing.ListIndent) : null,
                    };
                RedlineRuns.Append(writer, paragraph, p.Content);
            }
            else
            {
                writer.WriteBlock(block);
            }
            first = false;
        }
    }
}
