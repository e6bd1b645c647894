using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Filters;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Embedded font programs (PDFsharp's subsets) deflated once per process and shared by every render: a subset
/// depends only on the face and the glyphs a document uses, so a rebuild after an edit mostly finds its fonts here.
/// Compressed exactly as PDFsharp compresses them, so the bytes do not depend on whether it was a hit.</summary>
internal static class CompressedFontPrograms
{
    private const int Limit = 256; // about 15 KB each; a long watch session starts over rather than grow for ever
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The FlateDecode stream data for the uncompressed font program <paramref name="program"/>.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> program)
    {
        var key = Convert.ToHexString(SHA256.HashData(program));
        if (Cache.TryGetValue(key, out var packed)) return packed;
        packed = Filtering.FlateDecode.Encode(program.ToArray(), PdfFlateEncodeMode.Default);
        if (Cache.Count >= Limit) Cache.Clear();
        return Cache.GetOrAdd(key, packed);
    }
}
