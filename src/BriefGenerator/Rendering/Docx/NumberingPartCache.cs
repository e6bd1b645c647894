using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The numbering part (<c>word/numbering.xml</c>) as a ready zip entry, made once per process for each list
/// layout: the briefs of a build mostly have the same lists, whose abstract definitions were built as Open XML
/// elements, saved and deflated for each of them. The key is everything <see cref="NumberingBuilder.Build"/> reads:
/// the body font (the bullets' font), the list indent, and each registered list's levels — bullet or number, and a
/// numbered level's start (<see cref="NumberingBuilder.Signature"/>). Bounded, least recently used forgotten first.</summary>
internal static class NumberingPartCache
{
    /// <summary>Most entries kept (a few KB each).</summary>
    public const int MaxEntries = 256;

    private static readonly LruCache<(string BodyFont, double ListIndent, string Lists), CompressedEntry> Cache = new(MaxEntries);

    /// <summary>Entries held now (tests).</summary>
    internal static int Count => Cache.Count;

    /// <summary>The part's entry for <paramref name="numbering"/>: the cached one, or its element saved as the SDK saves
    /// a part and deflated as the package deflated it.</summary>
    public static CompressedEntry Get(NumberingBuilder numbering) =>
        Cache.GetOrAdd((numbering.BodyFont, numbering.ListIndent, numbering.Signature), _ =>
        {
            var xml = ScratchStreams.Rent();
            try
            {
                numbering.Build().Save(new KeepOpenStream(xml));
                return CompressedEntry.DeflateFresh(xml.GetBuffer().AsSpan(0, (int)xml.Length));
            }
            finally { ScratchStreams.Return(xml); }
        });
}
