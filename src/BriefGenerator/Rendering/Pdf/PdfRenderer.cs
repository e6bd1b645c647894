using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Renders the document tree to a tagged PDF with our own layout engine over PDFsharp. Lays out once into a
/// display list, then replays it onto the PDF with the page count and link targets known, so "Page N of M", the
/// contents list's page numbers and internal links are right.</summary>
public sealed class PdfRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "pdf";

    // Which writer makes the file: our own (the default) or PDFsharp (BRIEF_PDF_WRITER=pdfsharp), while both exist.
    internal static readonly bool DirectWriter = Environment.GetEnvironmentVariable("BRIEF_PDF_WRITER") != "pdfsharp";

    /// <inheritdoc />
    public byte[] Render(BriefDocument document, RenderContext context) => RenderOutput(document, context).Bytes;

    /// <inheritdoc />
    public RenderedOutput RenderOutput(BriefDocument document, RenderContext context)
    {
        // One layout pass into a display list; its replay draws the page numbers and link targets it found.
        var fonts = new FontSet(context.Fonts, context.Theme, context.Diagnostics);
        var layout = PdfLayout.Lay(document, context, fonts, context.Diagnostics);
        if (DirectWriter)
        {
            var (direct, pages) = Writer.DirectPdfWriter.Write(layout, document.Info);
            return new RenderedOutput(direct, pages);
        }
        var glyphCodes = new GlyphCodes();
        // The PDFsharp document is let go once saved: finishing the bytes needs only the saved file.
        var (saved, pageCount, producer) = Draw(layout, fonts, document.Info, glyphCodes);
        try
        {
            var bytes = PdfObjectPatcher.Finish(saved.GetBuffer().AsSpan(0, (int)saved.Length), XmpPacket.Build(document.Info, producer),
                PostScriptNames.Of(fonts.UsedFaces), glyphCodes.Texts);
            return new RenderedOutput(ReproducibleBytes.Normalize(bytes), pageCount);
        }
        finally { ScratchStreams.Return(saved); }
    }

    // Replays the layout onto a new PDFsharp document and saves it (uncompressed: PdfObjectPatcher compresses).
    private static (MemoryStream Saved, int PageCount, string Producer) Draw(DisplayList layout, FontSet fonts, DocumentInfo info, GlyphCodes glyphCodes)
    {
        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = false; // PdfObjectPatcher compresses every stream (StreamDeflater)
        pdf.Options.NoCompression = true;
        var canvas = new PdfSharpCanvas(pdf, fonts, layout.Anchors, tagged: true, glyphCodes);
        layout.Replay(canvas);
        canvas.Finish();
        WriteMetadata(pdf, info);
        var pages = pdf.PageCount; // a saved document no longer counts its pages
        // PDFsharp writes the whole file (streams not yet compressed) into this thread's scratch stream.
        var stream = ScratchStreams.Rent();
        pdf.Save(stream, false);
        return (stream, pages, pdf.Info.Producer); // the producer is set by saving
    }

    private static void WriteMetadata(PdfDocument pdf, DocumentInfo info)
    {
        var date = info.Timestamp.UtcDateTime;
        // Entries with nothing to say are left out (an empty /Author is not "no author"); XmpPacket does the same.
        pdf.Info.Title = info.Title;
        if (XmpPacket.Authors(info) is { } authors) pdf.Info.Author = authors;
        if (!string.IsNullOrEmpty(info.Subject)) pdf.Info.Subject = info.Subject;
        if (XmpPacket.Keywords(info) is { } keywords) pdf.Info.Keywords = keywords;
        pdf.Info.Creator = $"BriefGenerator {info.ToolVersion}";
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;
        UAManager.ForDocument(pdf).SetDocumentLanguage(info.Language);
        pdf.SetPdfA(); // sRGB output intent; the XMP identification is ours (XmpPacket)
    }
}
