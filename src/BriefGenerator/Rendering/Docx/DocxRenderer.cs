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
    public byte[] Render(BriefDocument document, RenderContext context)
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
            if (writer.StreamedTables.Count > 0)
            {
                var part = ZipEntryReader.Read(zip).First(e => e.Name == DocumentSplicer.EntryName);
                writer.PartData[DocumentSplicer.EntryName] = DocumentSplicer.Splice(part.Content(), writer.StreamedTables);
            }
            return DeterministicPackage.Repack(zip, document.Info.Timestamp, writer.PartData);
        }
        finally
        {
            if (writer is not null) foreach (var rows in writer.StreamedTables) rows.Dispose();
            ScratchStreams.Return(stream);
        }
    }
}
