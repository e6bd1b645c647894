using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Level 0 → Title, 1..3 → Heading1..3 (outline levels come from the styles); a bookmark at the id lets
/// cross-references and the table of contents point at it.</summary>
internal sealed class HeadingWriter : DocxBlockWriter<Heading>
{
    protected override void Write(DocxWriter writer, Heading block)
    {
        var paragraph = writer.AddParagraph(StyleIds.Heading(block.Level));
        RedlineRuns.Append(writer, paragraph, block.Content);
        writer.Bookmark(paragraph, block.Id);
    }
}
