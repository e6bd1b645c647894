using System.Security.Cryptography;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes a PDF file object by object: numbers are handed out first (so objects can refer to ones written
/// later) and each object is written whole, in any order; the cross-reference table and trailer close the file.
/// Streams are compressed through <see cref="StreamDeflater"/>. A file that grows past <c>spoolAt</c> bytes goes
/// on into the stream <c>openSpool</c> gives (a temporary file beside the output), hashed on the way, so that a
/// thousand-page PDF is not held in memory; what is written after <see cref="Hold"/> stays in memory until
/// <see cref="EndSpooled"/>.</summary>
internal sealed class PdfFileWriter
{
    /// <summary>Bytes held in memory before a file with a spool goes on into it, unless told otherwise.</summary>
    public const int DefaultSpoolAt = 4 * 1024 * 1024;

    private const int SpoolChunk = 256 * 1024;
    private readonly int _spoolAt;

    private readonly List<long> _offsets = new() { -1 };
    private readonly Func<Stream>? _openSpool;
    private Stream? _spool;
    private IncrementalHash? _hash;
    private long _spooled;
    private bool _held;

    /// <summary>Largest file buffer kept for the next file on the same thread (a watch session stays bounded).</summary>
    private const int MaxKeptCapacity = 8 * 1024 * 1024;

    // The previous file's buffer on this thread: a rebuild in `watch` writes into the room the last one grew to instead
    // of growing a new buffer 64 KB → 128 KB → 256 KB (large-object-heap arrays, cleared on allocation) every time.
    [ThreadStatic] private static PdfBuffer? _spare;

    /// <summary>The file so far.</summary>
    public PdfBuffer Output { get; }

    /// <summary>A scratch buffer for an object's dictionary, reused between objects.</summary>
    public PdfBuffer Scratch { get; } = new(1024);

    /// <summary>Starts the file (PDF 1.7 header and a binary comment line); <paramref name="openSpool"/> (null: the
    /// file stays in memory) opens the stream a file past <paramref name="spoolAt"/> bytes goes on into.</summary>
    public PdfFileWriter(Func<Stream>? openSpool = null, int spoolAt = DefaultSpoolAt)
    {
        _openSpool = openSpool;
        _spoolAt = spoolAt;
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

    /// <summary>Where the next byte goes in the file.</summary>
    public long Position => _spooled + Output.Length;

    /// <summary>True once the file goes on into its spool (then <see cref="EndSpooled"/> ends it, not
    /// <see cref="Output"/>).</summary>
    public bool Spooled => _spool is not null;

    /// <summary>Keeps what is written from here on in <see cref="Output"/> (the tail whose identifiers are filled in at
    /// the end).</summary>
    public void Hold() => _held = true;

    // Between objects: a file past _spoolAt goes on into its spool, in chunks of what is in memory.
    private void Spill()
    {
        if (_held || _openSpool is null || Output.Length < (_spool is null ? _spoolAt : Math.Min(_spoolAt, SpoolChunk))) return;
        if (_spool is null)
        {
            _spool = _openSpool();
            _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
        _hash!.AppendData(Output.Span);
        _spool.Write(Output.Span);
        _spooled += Output.Length;
        Output.Clear();
    }

    /// <summary>Ends a spooled file: <paramref name="fill"/> gets the SHA-256 of the whole file as written so far and the
    /// tail held in memory since <see cref="Hold"/> (with the tail's start in the file) and fills the identifiers into
    /// it; the tail is then written out. Returns the SHA-256 of the file as it now is.</summary>
    public byte[] EndSpooled(FillIds fill)
    {
        using var ids = _hash!.Clone();
        ids.AppendData(Output.Span);
        fill(ids.GetHashAndReset(), Output.Writable, _spooled);
        _hash.AppendData(Output.Span);
        _spool!.Write(Output.Span);
        _spooled += Output.Length;
        Output.Clear();
        var sha = _hash.GetHashAndReset();
        _hash.Dispose();
        return sha;
    }

    /// <summary>Fills a spooled file's identifiers into its tail: <paramref name="hash"/> is the SHA-256 of the file with
    /// them zero, <paramref name="tail"/> starts at <paramref name="tailStart"/> in the file.</summary>
    public delegate void FillIds(byte[] hash, Span<byte> tail, long tailStart);

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
        Spill();
        _offsets[number] = Position;
        Output.Int(number).Bytes(" 0 obj\n"u8);
    }

    /// <summary>Writes the cross-reference table and the trailer (<paramref name="trailer"/>: its entries other than
    /// <c>/Size</c>) and returns where the trailer's first <c>/ID</c> string starts (for <see cref="DocumentIds"/>).</summary>
    public long Finish(ReadOnlySpan<byte> trailer, out long idAt)
    {
        for (int i = 1; i < _offsets.Count; i++)
            if (_offsets[i] < 0) throw new InvalidOperationException($"Object {i} was allocated but never written.");
        long xref = Position;
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
        idAt = Position + "/ID[<".Length;
        Output.Bytes("/ID[<"u8).Bytes(DocumentIds.ZeroHex).Bytes("><"u8).Bytes(DocumentIds.ZeroHex).Bytes(">]>>\nstartxref\n"u8);
        Output.Int(xref).Bytes("\n%%EOF\n"u8);
        return xref;
    }
}
