using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The cover: a short accent rule a fifth of the way down (as on the PDF cover), then its blocks in their
/// cover styles on the first page (the section's different first page has no header or footer); the table of
/// contents, when the theme asks for one, follows; the body starts on a new page.</summary>
internal sealed class CoverWriter : DocxBlockWriter<Cover>
{
    protected override void Write(DocxWriter writer, Cover block)
    {
        writer.AddParagraph(StyleIds.CoverRule);
        foreach (var child in block.Blocks) writer.WriteBlock(child);
        writer.BreakPage();
        if (writer.Theme.Toc) writer.WriteTableOfContents();
    }
}
