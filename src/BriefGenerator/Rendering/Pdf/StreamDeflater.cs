using System.IO.Compression;
using System.Security.Cryptography;
using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>The one FlateDecode path of the PDF: every stream is compressed here into complete zlib data (RFC 1950: final
/// deflate block and Adler-32). What was deflated is kept for the process, keyed by the SHA-256 of the uncompressed
/// bytes: streams that are the same in every
/// document (font programs of a subset, the ICC profile) and the content streams of pages an edit did not change (a
/// rebuild in <c>brief watch</c>) are deflated once. Deflate gives the same bytes for the same input, so the output does
/// not depend on what the cache holds.</summary>
internal static class StreamDeflater
{
    /// <summary>The deflated streams kept, least recently used forgotten first: at most 4,096 of them and 8 MB (the
    /// seed's whole PDF is 134 KB).</summary>
    internal static readonly LruCache<Sha256Key, byte[]> Cache = new(4096, 8L << 20, packed => packed.Length + 64);

    /// <summary>Complete zlib data for <paramref name="data"/>, from the cache when these bytes were deflated before.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        var key = Sha256Key.Of(data);
        if (Cache.TryGet(key, out var packed)) return packed;
        packed = Compress(data);
        Cache.Set(key, packed);
        return packed;
    }

    /// <summary>Largest buffer a thread keeps for the next stream (4 MiB).</summary>
    private const int KeptBuffer = 4 << 20;

    // The thread's buffer the deflated bytes are gathered in, emptied for each stream; taken while in use. A buffer of
    // its own for each stream was the PDF's largest garbage after its pages (half the stream's size, on the large
    // object heap for a font program) and was then copied out anyway.
    [ThreadStatic] private static MemoryStream? _buffer;

    private static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var packed = _buffer ?? new MemoryStream(data.Length / 2 + 64);
        _buffer = null;
        packed.SetLength(0);
        // The native binary's reused zlib stream when there is one (the same bytes: NativeDeflater); nothing to deflate
        // is left to ZLibStream, whose handling of it is its own.
        if (!NativeDeflater.TryDeflate(raw: false, data, packed))
            using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        var bytes = packed.ToArray();
        if (packed.Capacity <= KeptBuffer) _buffer = packed;
        return bytes;
    }
}
