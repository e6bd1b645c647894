using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Runs the layout onto a <see cref="RecordingCanvas"/>: the renderer's first pass, and what layout tests read.</summary>
internal static class PdfLayout
{
    /// <summary>Lays the document out; <paramref name="totalPages"/> is what footers print as {pages}.
    /// Layout warnings go to <paramref name="diagnostics"/>; missing glyphs to the bag <paramref name="fonts"/> reports to.</summary>
    public static RecordingCanvas Record(BriefDocument document, RenderContext context, DiagnosticBag diagnostics, FontSet? fonts = null, int totalPages = 0)
    {
        fonts ??= new FontSet(context.Fonts, context.Theme, diagnostics);
        var layout = new LayoutContext(context.Theme, fonts, diagnostics);
        var recorder = new RecordingCanvas();
        new PageComposer(layout, document.Info).Compose(new BlockLayoutBuilder(layout).Build(document), recorder, totalPages);
        return recorder;
    }
}
