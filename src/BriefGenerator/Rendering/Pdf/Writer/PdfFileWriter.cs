namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes a PDF file object by object: numbers are handed out first (so objects can refer to ones written
/// later) and each object is written whole, in any order; the cross-reference table and trailer close the file.
/// Streams are compressed through <see cref="StreamDeflater"/>.</summary>
internal sealed class PdfFileWriter
{
    private readonly List<long> _offsets = new() { -1 };

    /// <summary>Largest file buffer kept for the next file on the same thread (a watch session stays bounded).</summary>
    private const int MaxKeptCapacity = 8 * 1024 * 1024;

    // The previous file's buffer on this thread: a rebuild in `watch` writes into the room the last one grew to instead
    // of growing a new buffer 64 KB → 128 KB → 256 KB (large-object-heap arrays, cleared on allocation) every time.
    [ThreadStatic] private static PdfBuffer? _spare;

    /// <summary>The file so far.</summary>
    public PdfBuffer Output { get; }

    /// <summary>A scratch buffer for an object's dictionary, reused between objects.</summary>
    public PdfBuffer Scratch { get; } = new(1024);

    /// <summary>Starts the file (PDF 1.7 header and a binary comment line).</summary>
    public PdfFileWriter()
    {
        Output = _spare ?? new PdfBuffer(64 * 1024);
        _spare = null; // taken: a second writer on this thread while this one is open gets its own
        Output.Clear();
        Output.Bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
    }

    /// <summary>Hands <see cref="Output"/> back for the next file written on this thread; call it once the file's
    /// bytes have been copied out, and use <see cref="Output"/> no more.</summary>
    public void Release()
    {
        if (Output.Capacity <= MaxKeptCapacity) _spare = Output;
    }

    /// <summary>Hands out the next object number.</summary>
    public int Allocate()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> whose body is <paramref name="body"/> (a dictionary or array).</summary>
    public void Object(int number, ReadOnlySpan<byte> body)
    {
        Begin(number);
        Output.Bytes(body).Bytes("\nendobj\n"u8);
    }

    /// <summary>Writes a stream object: <paramref name="dictionary"/> is the dictionary's entries without
    /// <c>/Length</c> and <c>/Filter</c>; the data is deflated unless <paramref name="deflate"/> is false.</summary>
    public void Stream(int number, ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> data, bool deflate = true)
    {
        var packed = deflate ? StreamDeflater.Deflate(data) : data;
        Begin(number);
        Output.Bytes("<<"u8).Bytes(dictionary);
        if (deflate) Output.Bytes("/Filter/FlateDecode"u8);
        Output.Bytes("/Length "u8).Int(packed.Length).Bytes(">>\nstream\n"u8).Bytes(packed).Bytes("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes a stream whose data is already compressed with <paramref name="filter"/> (e.g. <c>/DCTDecode</c>).</summary>
    public void EncodedStream(int number, ReadOnlySpan<byte> dictionary, string filter, ReadOnlySpan<byte> encoded)
    {
        Begin(number);
        Output.Bytes("<<"u8).Bytes(dictionary).Bytes("/Filter"u8).Ascii(filter);
        Output.Bytes("/Length "u8).Int(encoded.Length).Bytes(">>\nstream\n"u8).Bytes(encoded).Bytes("\nendstream\nendobj\n"u8);
    }

    private void Begin(int number)
    {
        if (_offsets[number] >= 0) throw new InvalidOperationException($"Object {number} written twice.");
        _offsets[number] = Output.Length;
        Output.Int(number).Bytes(" 0 obj\n"u8);
    }

    /// <summary>Writes the cross-reference table and the trailer (<paramref name="trailer"/>: its entries other than
    /// <c>/Size</c>) and returns where the trailer's first <c>/ID</c> string starts (for <see cref="DocumentIds"/>).</summary>
    public int Finish(ReadOnlySpan<byte> trailer, out int idAt)
    {
        for (int i = 1; i < _offsets.Count; i++)
            if (_offsets[i] < 0) throw new InvalidOperationException($"Object {i} was allocated but never written.");
        int xref = Output.Length;
        Output.Bytes("xref\n0 "u8).Int(_offsets.Count).Bytes("\n0000000000 65535 f \n"u8);
        Span<byte> entry = stackalloc byte[20];
        for (int i = 1; i < _offsets.Count; i++)
        {
            var offset = _offsets[i];
            for (int d = 9; d >= 0; d--) { entry[d] = (byte)('0' + offset % 10); offset /= 10; }
            " 00000 n \n"u8.CopyTo(entry[10..]);
            Output.Bytes(entry);
        }
        Output.Bytes("trailer\n<</Size "u8).Int(_offsets.Count).Bytes(trailer);
        idAt = Output.Length + "/ID[<".Length;
        Output.Bytes("/ID[<"u8).Bytes(DocumentIds.ZeroHex).Bytes("><"u8).Bytes(DocumentIds.ZeroHex).Bytes(">]>>\nstartxref\n"u8);
        Output.Int(xref).Bytes("\n%%EOF\n"u8);
        return xref;
    }
}
