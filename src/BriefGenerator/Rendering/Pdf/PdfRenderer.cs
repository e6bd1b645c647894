using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Rendering.Pdf.Writer;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Renders the document tree to a tagged PDF with our own layout engine and PDF writer. Lays out once into a
/// display list whose pages go on to the writer (<see cref="DirectPdfWriter"/>) as soon as the link targets they need
/// have landed; "Page N of M" is drawn once the page count is known (<see cref="Canvas.IPdfCanvas.Running"/>).</summary>
public sealed class PdfRenderer : IDocumentRenderer
{
    /// <summary>Size in bytes past which a PDF with an output path (<see cref="RenderContext.OutputPath"/>) goes on into
    /// a temporary file beside it instead of staying in memory: 4 MB (a brief's usual PDF is a few hundred KB).</summary>
    public int SpoolAt { get; init; } = PdfFileWriter.DefaultSpoolAt;

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public byte[] Render(BriefDocument document, RenderContext context) => RenderOutput(document, context).TakeArray();

    /// <inheritdoc />
    /// <remarks>A PDF held in memory comes in a lent buffer (<see cref="RenderedOutput.Lease"/>).</remarks>
    public RenderedOutput RenderOutput(BriefDocument document, RenderContext context)
    {
        // One layout pass, streamed page by page into the writer; a large file goes on into a temporary file beside
        // the output (the build renames it into place) instead of staying in memory.
        var fonts = new FontSet(context.Fonts, context.Theme, context.Diagnostics);
        string? temp = null;
        FileStream? spool = null;
        Func<Stream>? open = context.OutputPath is { } target ? () => spool = OutputSpool.Create(target, out temp) : null;
        try
        {
            var (bytes, pages, sha) = DirectPdfWriter.Write(list => PdfLayout.Lay(document, context, fonts, context.Diagnostics, list), document.Info, open, SpoolAt);
            if (bytes is not null) return RenderedOutput.Lent(bytes, pages);
            var length = spool!.Length;
            spool.Dispose();
            return new RenderedOutput(Array.Empty<byte>(), pages) { Spooled = new SpooledFile(temp!, length, Convert.ToHexStringLower(sha!)) };
        }
        catch (Exception ex) when (spool is not null && ex is IOException or UnauthorizedAccessException)
        {
            Discard(spool, temp);
            context.Diagnostics.Error(Diagnostics.DiagnosticCodes.OutputUnwritable, $"cannot write the PDF (none was replaced): {ex.Message}", Diagnostics.SourceSpan.None);
            return new RenderedOutput(Array.Empty<byte>(), null);
        }
        catch
        {
            Discard(spool, temp);
            throw;
        }
    }

    private static void Discard(FileStream? spool, string? temp)
    {
        spool?.Dispose();
        if (temp is not null) OutputSpool.Discard(temp);
    }
}
