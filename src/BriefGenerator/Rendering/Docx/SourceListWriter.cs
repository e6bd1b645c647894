using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A list of sources: one Bibliography paragraph per source, <c>[n]</c> in the hanging indent, then the title
/// and the URL as a live link; a bookmark at the entry's id lets citations (<c>[1]</c> in the text) point at it.</summary>
internal sealed class SourceListWriter : DocxBlockWriter<SourceList>
{
    protected override void Write(DocxWriter writer, SourceList block)
    {
        foreach (var entry in block.Entries)
        {
            var paragraph = writer.AddParagraph(StyleIds.Bibliography);
            paragraph.Append(InlineWriter.TextRun($"[{entry.Number}]", RunFormat.Plain));
            paragraph.Append(new Run(new TabChar()));
            foreach (var inline in SourceEntryText.Inlines(entry))
                InlineWriter.Append(writer, paragraph, new[] { inline }, RunFormat.Plain);
            writer.Bookmark(paragraph, entry.Id);
        }
        writer.GapAfterBlock(writer.Theme.Spacing.ParagraphAfter);
    }
}
