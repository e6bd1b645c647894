using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Deflates a DOCX part as System.IO.Packaging's package did (a new DeflateStream per part, the whole content
/// in one write: <see cref="CompressedEntry.DeflateFresh"/>), remembering small results by their exact content: most
/// parts of a brief (settings, font table, running footer, app properties, the content types…) are the same bytes for
/// every brief of a theme, and a fresh deflater's set-up (~300 KB of zlib tables allocated and cleared) cost more than
/// the deflating. The key is the content itself, compared byte for byte, so a hit always gives what deflating would:
/// nothing can go stale. Bounded, least recently used forgotten first. (The thread's reused native stream,
/// <see cref="CompressedEntry.Deflate"/>, is not used here: its bytes are not always those of a fresh stream — a
/// chart's workbook came out one byte shorter — and these parts must keep the bytes the package gave them.)</summary>
internal static class FreshDeflateCache
{
    /// <summary>Largest content remembered (bigger parts are deflated each time).</summary>
    public const int MaxContentBytes = 16 << 10;

    /// <summary>Most entries kept.</summary>
    public const int MaxEntries = 512;

    private static readonly LruCache<byte[], CompressedEntry> Cache = new(MaxEntries, comparer: new ContentComparer());

    /// <summary>Entries held now (tests).</summary>
    internal static int Count => Cache.Count;

    /// <summary>The entry for <paramref name="content"/>, deflated by a fresh deflater or remembered from an earlier
    /// part with the same bytes.</summary>
    public static CompressedEntry Deflate(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxContentBytes) return CompressedEntry.DeflateFresh(content);
        var key = content.ToArray();
        if (Cache.TryGet(key, out var known)) return known;
        var entry = CompressedEntry.DeflateFresh(content);
        Cache.Set(key, entry);
        return entry;
    }

    private sealed class ContentComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
