using BriefGenerator.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Renders the document tree as a Word document: named styles built from the theme (or taken from a
/// reference.docx), real list numbering, comparison tables with repeating header rows and SEQ captions, bookmarks and
/// hyperlinks, a cover page without running header/footer, PAGE/NUMPAGES fields, core properties and embedded fonts.
/// The same document and theme always give the same bytes.</summary>
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
        // The SDK's package goes into this thread's scratch stream; the repacked zip is the one array that is kept.
        var stream = ScratchStreams.Rent();
        DocxWriter? writer = null;
        try
        {
            using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            {
                writer = new DocxWriter(package, document, context);
                writer.Write();
            }
            var zip = stream.GetBuffer().AsMemory(0, (int)stream.Length);
            if (writer.SplicedRoot is { } root)
            {
                // The root as the package would have saved it (the same writer), then the rows in their markers' place.
                var xml = ScratchStreams.Rent();
                try
                {
                    root.Save(new KeepOpenStream(xml));
                    writer.PartData[DocumentSplicer.EntryName] = DocumentSplicer.Splice(xml.GetBuffer().AsSpan(0, (int)xml.Length), writer.StreamedTables);
                }
                finally { ScratchStreams.Return(xml); }
            }
            return RenderedOutput.Lent(DeterministicZip.Pooled(() => DeterministicPackage.Repack(zip, document.Info.Timestamp, writer.PartData)), null);
        }
        finally
        {
            if (writer is not null) foreach (var rows in writer.StreamedTables) rows.Dispose();
            ScratchStreams.Return(stream);
        }
    }
}
