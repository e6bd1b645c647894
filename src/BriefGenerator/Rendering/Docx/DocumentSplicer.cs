namespace BriefGenerator.Rendering.Docx;

/// <summary>Builds <c>word/document.xml</c> from the part the SDK wrote (whose streamed tables hold a marker row each)
/// and the rows kept in <see cref="StreamedRows"/>: the rows take their marker's place, and the whole is deflated as it
/// is written, so the full part is never held uncompressed.</summary>
internal static class DocumentSplicer
{
    /// <summary>The main document part's zip entry.</summary>
    public const string EntryName = "word/document.xml";

    /// <summary>The part with every table's rows in place of its marker, compressed as a zip entry.</summary>
    public static CompressedEntry Splice(ReadOnlySpan<byte> document, IReadOnlyList<StreamedRows> tables)
    {
        using var output = new CompressingStream();
        var at = 0;
        // Tables are written whole, one after another, so their markers come in the order the tables were written.
        foreach (var rows in tables)
        {
            var found = document[at..].IndexOf(rows.Marker);
            if (found < 0) throw new InvalidOperationException("a table's marker row is missing from the document part");
            output.Write(document.Slice(at, found));
            rows.CopyTo(output);
            at += found + rows.Marker.Length;
        }
        output.Write(document[at..]);
        return output.Finish();
    }
}
