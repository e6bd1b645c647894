using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Renders the document tree to a tagged PDF with our own layout engine over PDFsharp. Lays out twice:
/// the first pass counts pages and finds link targets, the second draws, so "Page N of M" and internal links are right.</summary>
public sealed class PdfRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public byte[] Render(BriefDocument document, RenderContext context) => RenderOutput(document, context).Bytes;

    /// <inheritdoc />
    public RenderedOutput RenderOutput(BriefDocument document, RenderContext context)
    {
        // Pass 1: count pages and record where headings and tables land. Both passes share fonts and measurements,
        // so a missing glyph is reported once; pass 1's layout warnings are dropped because pass 2 repeats them.
        var fonts = new FontSet(context.Fonts, context.Theme, context.Diagnostics);
        var recorder = PdfLayout.Record(document, context, new DiagnosticBag(), fonts);
        var pages = recorder.PageCount;

        // Pass 2: draw for real.
        var pass2 = new LayoutContext(context.Theme, fonts, context.Diagnostics) { Anchors = recorder.Anchors };
        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = false;
        var canvas = new PdfSharpCanvas(pdf, fonts, recorder.Anchors, tagged: true);
        new PageComposer(pass2, document.Info).Compose(new BlockLayoutBuilder(pass2).Build(document), canvas, pages);
        canvas.Finish();

        WriteMetadata(pdf, document.Info);
        var pageCount = pdf.PageCount;
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        var bytes = PdfObjectPatcher.Finish(stream.ToArray(), XmpPacket.Build(document.Info, pdf.Info.Producer));
        return new RenderedOutput(ReproducibleBytes.Normalize(bytes), pageCount);
    }

    private static void WriteMetadata(PdfDocument pdf, DocumentInfo info)
    {
        var date = info.Timestamp.UtcDateTime;
        pdf.Info.Title = info.Title;
        pdf.Info.Author = string.Join(", ", info.Authors);
        pdf.Info.Subject = info.Subject ?? "";
        pdf.Info.Keywords = string.Join(", ", info.Keywords);
        pdf.Info.Creator = $"BriefGenerator {info.ToolVersion}";
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;
        UAManager.ForDocument(pdf).SetDocumentLanguage(info.Language);
        pdf.SetPdfA(); // sRGB output intent; the XMP identification is ours (XmpPacket)
    }
}
