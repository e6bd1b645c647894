using System.Runtime.CompilerServices;
using BriefGenerator.Caching;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Subset, obfuscated and deflated font files, made once per face content, key and set of code points (or
/// code point blocks) and shared by every render of the process: the briefs of one build mostly use the same
/// characters, so each face is subset once, not once per brief. Keyed on the face's <see cref="FontFace.ContentStamp"/>
/// (the file's real path, size, modification and change times when its bytes were read: a font changed on disk is
/// another key, and a face read again from the same unchanged file shares the subsets), or, when it has none, on the
/// face object itself. Hashing the faces' bytes for the key instead (3.5 MB for the seed) was ~3 % of a cold build.
/// Bounded (least recently used forgotten first).</summary>
internal static class EmbeddedFontCache
{
    /// <summary>Most subsets kept.</summary>
    public const int MaxEntries = 256;

    /// <summary>Most bytes kept, an entry weighing what its face's file does when embedded whole and 64 KiB when
    /// subset (a generous bound for the deflated payload, which is not known until it is made).</summary>
    public const long MaxBytes = 64L << 20;

    private static readonly LruCache<(string Face, string Key, string Set), (Lazy<EmbeddedFont> Font, long Weight)> Cache =
        new(MaxEntries, MaxBytes, entry => entry.Weight);

    private static readonly Lock Adding = new();

    // A number for each face without a content stamp, given on first use (weakly held: the cache keeps no face alive).
    private static readonly ConditionalWeakTable<FontFace, StrongBox<long>> Numbers = new();
    private static long _lastNumber;

    /// <summary>The zip-ready payload of a face subset to <paramref name="blocks"/>, or whole when they are null.</summary>
    public static EmbeddedFont Get(FontFace face, string fontKey, SortedSet<int>? blocks) =>
        Lookup(face, fontKey, blocks is null ? "full" : CodePointBlocks.Key(blocks), data =>
        {
            var subset = blocks is null ? null : FontSubsetter.Subset(data, blocks);
            return new EmbeddedFont(CompressedEntry.Deflate(FontObfuscation.Obfuscate(subset ?? data.Span, fontKey)), subset is not null);
        });

    /// <summary>The zip-ready payload of a face reduced to the glyphs of <paramref name="codePoints"/>
    /// (<see cref="GlyphSubsetter"/>), or whole when the face cannot be subset. <paramref name="setKey"/> is
    /// <see cref="UsedKey"/> of the same code points, when the caller has it already (one per brief, not per face).</summary>
    public static EmbeddedFont GetUsed(FontFace face, string fontKey, IReadOnlySet<int> codePoints, string? setKey = null) =>
        Lookup(face, fontKey, setKey ?? UsedKey(codePoints), data =>
        {
            var subset = GlyphSubsetter.Subset(data, codePoints);
            return new EmbeddedFont(CompressedEntry.Deflate(FontObfuscation.Obfuscate(subset ?? data.Span, fontKey)), subset is not null);
        });

    /// <summary>The cache's name for the set of <paramref name="codePoints"/> of a "used" subset.</summary>
    public static string UsedKey(IReadOnlySet<int> codePoints) => "used:" + CodePointBlocks.Key(codePoints.Order());

    /// <summary>Subsets held now (tests).</summary>
    internal static int Count => Cache.Count;

    private static EmbeddedFont Lookup(FontFace face, string fontKey, string set, Func<ReadOnlyMemory<byte>, EmbeddedFont> make)
    {
        var data = face.Bytes;
        var key = (face.ContentStamp ?? "#" + Number(face), fontKey, set);
        if (!Cache.TryGet(key, out var entry))
            lock (Adding) // one Lazy per key, so two workers wanting the same subset make it once
                if (!Cache.TryGet(key, out entry))
                {
                    entry = (new Lazy<EmbeddedFont>(() => make(data), LazyThreadSafetyMode.ExecutionAndPublication), set == "full" ? data.Length : 64 << 10);
                    Cache.Set(key, entry);
                }
        return entry.Font.Value;
    }

    private static long Number(FontFace face) =>
        Numbers.GetValue(face, static _ => new StrongBox<long>(Interlocked.Increment(ref _lastNumber))).Value;
}
