using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Rendering.Pdf.Writer;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Renders the document tree to a tagged PDF with our own layout engine and PDF writer. Lays out once into a
/// display list, then replays it onto the writer (<see cref="DirectPdfWriter"/>) with the page count and link targets
/// known, so "Page N of M", the contents list's page numbers and internal links are right.</summary>
public sealed class PdfRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public byte[] Render(BriefDocument document, RenderContext context) => RenderOutput(document, context).Bytes;

    /// <inheritdoc />
    public RenderedOutput RenderOutput(BriefDocument document, RenderContext context)
    {
        // One layout pass into a display list; its replay draws the page numbers and link targets it found.
        var fonts = new FontSet(context.Fonts, context.Theme, context.Diagnostics);
        var layout = PdfLayout.Lay(document, context, fonts, context.Diagnostics);
        var (bytes, pages) = DirectPdfWriter.Write(layout, document.Info);
        return new RenderedOutput(bytes, pages);
    }
}
