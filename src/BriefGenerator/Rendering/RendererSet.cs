using BriefGenerator.Rendering.Docx;
using BriefGenerator.Rendering.Pdf;

namespace BriefGenerator.Rendering;

/// <summary>The renderers a build runs, one per output format.</summary>
public static class RendererSet
{
    /// <summary>Every renderer, in output order: PDF, then DOCX.</summary>
    public static IReadOnlyList<IDocumentRenderer> All { get; } = new IDocumentRenderer[] { new PdfRenderer(), new DocxRenderer() };
}
