using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Renders the document tree as a Word document: named styles built from the theme (or taken from a
/// reference.docx), real list numbering, comparison tables with repeating header rows and SEQ captions, bookmarks and
/// hyperlinks, a cover page without running header/footer, PAGE/NUMPAGES fields, core properties and embedded fonts.
/// The parts go straight into a deterministic zip (<see cref="DocxPackage"/>): the same document and theme always give
/// the same bytes.</summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public byte[] Render(BriefDocument document, RenderContext context) => RenderOutput(document, context).TakeArray();

    /// <inheritdoc />
    /// <remarks>The zip comes in a lent buffer (<see cref="RenderedOutput.Lease"/>).</remarks>
    public RenderedOutput RenderOutput(BriefDocument document, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var package = new DocxPackage();
        DocxWriter? writer = null;
        try
        {
            writer = new DocxWriter(package, document, context);
            writer.Write();
            if (writer.SplicedRoot is { } root)
            {
                // The root saved as a part root is saved (the same writer), then the rows in their markers' place.
                var xml = ScratchStreams.Rent();
                try
                {
                    root.Save(new KeepOpenStream(xml));
                    writer.MainPart.Entry = DocumentSplicer.Splice(xml.GetBuffer().AsSpan(0, (int)xml.Length), writer.StreamedTables);
                }
                finally { ScratchStreams.Return(xml); }
            }
            return RenderedOutput.Lent(DeterministicZip.WriteLent(package.Entries(), document.Info.Timestamp.UtcDateTime), null);
        }
        finally
        {
            if (writer is not null) foreach (var rows in writer.StreamedTables) rows.Dispose();
        }
    }
}
