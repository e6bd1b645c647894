using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>An explicit page break becomes "page break before" on the next paragraph, so no empty paragraph is left
/// at the top of the new page.</summary>
internal sealed class PageBreakWriter : DocxBlockWriter<PageBreak>
{
    protected override void Write(DocxWriter writer, PageBreak block) => writer.BreakPage();
}
