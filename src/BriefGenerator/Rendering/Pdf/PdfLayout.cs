using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Lays a document out once into a <see cref="DisplayList"/>: the renderer replays it onto the PDF, layout
/// tests onto a <see cref="RecordingCanvas"/>.</summary>
internal static class PdfLayout
{
    /// <summary>Lays the document out into <paramref name="list"/> (a new one when null; pages go on to its
    /// <see cref="DisplayList.Sink"/> as they are finished). Layout warnings go to <paramref name="diagnostics"/>; missing
    /// glyphs to the bag <paramref name="fonts"/> reports to. Page numbers and link targets are final when what is left
    /// of the list is replayed.</summary>
    public static DisplayList Lay(BriefDocument document, RenderContext context, FontSet fonts, DiagnosticBag diagnostics, DisplayList? list = null)
    {
        var layout = new LayoutContext(context.Theme, fonts, diagnostics, document.Info.Language)
        {
            RightToLeft = TextDirection.IsRightToLeft(document.Info.Language),
            Images = context.Images, Logo = context.Logo, Organization = document.Info.Organization,
        };
        list ??= new DisplayList();
        // The contents list reads where headings landed as they land (a page waits only for the targets it needs).
        layout.Anchors = list.Anchors;
        var builder = new BlockLayoutBuilder(layout);
        var root = builder.Build(document);
        var endnotes = context.Theme.NotesAsEndnotes();
        layout.Notes = new FootnoteArea(layout, endnotes ? new Dictionary<int, NoteElement>() : builder.Notes(document.Notes), endnotes);
        new PageComposer(layout, document.Info).Compose(root, list);
        return list;
    }

    /// <summary>Lays the document out onto a recording canvas (what layout tests read).</summary>
    public static RecordingCanvas Record(BriefDocument document, RenderContext context, DiagnosticBag diagnostics, FontSet? fonts = null)
    {
        fonts ??= new FontSet(context.Fonts, context.Theme, diagnostics);
        var recorder = new RecordingCanvas();
        Lay(document, context, fonts, diagnostics).Replay(recorder);
        return recorder;
    }
}
