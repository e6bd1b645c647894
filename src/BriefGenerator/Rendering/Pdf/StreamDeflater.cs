using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>The one FlateDecode path of the PDF: every stream is compressed here into complete zlib data (RFC 1950: final
/// deflate block and Adler-32), and data another writer compressed is read back through <see cref="Inflate"/>. Streams
/// that are the same in every document (font programs of a subset, the ICC profile) are deflated once per process.</summary>
internal static class StreamDeflater
{
    private const int Limit = 256; // about 15 KB each; a long watch session starts over rather than grow for ever
    private static readonly ConcurrentDictionary<string, byte[]> Shared = new(StringComparer.Ordinal);

    /// <summary>Complete zlib data for <paramref name="data"/>. <paramref name="shared"/>: likely to recur in other
    /// documents of this process, so the result is kept (keyed by the data's SHA-256).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, bool shared)
    {
        if (!shared) return Compress(data);
        var key = Convert.ToHexString(SHA256.HashData(data));
        if (Shared.TryGetValue(key, out var packed)) return packed;
        packed = Compress(data);
        if (Shared.Count >= Limit) Shared.Clear();
        return Shared.GetOrAdd(key, packed);
    }

    /// <summary>Decompresses zlib data, tolerating a missing final block and checksum (PDFsharp 6.2.4 writes its own
    /// compressed streams that way): everything up to where the data stops is returned.</summary>
    public static byte[] Inflate(ReadOnlySpan<byte> zlib)
    {
        using var output = new MemoryStream(zlib.Length * 3);
        if (zlib.Length <= 2) return [];
        using var input = new MemoryStream(zlib[2..].ToArray()); // raw deflate after the two-byte zlib header
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        var buffer = new byte[16384];
        try
        {
            for (int n; (n = inflater.Read(buffer)) > 0;) output.Write(buffer, 0, n);
        }
        catch (InvalidDataException)
        {
            // Truncated input: what was decoded so far is all the data there is.
        }
        return output.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var packed = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return packed.ToArray();
    }
}
