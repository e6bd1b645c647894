using System.Runtime.CompilerServices;
using BriefGenerator.Caching;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Subset, obfuscated and deflated font files, made once per face content, key and set of code points (or
/// code point blocks) and shared by every render of the process: the briefs of one build mostly use the same
/// characters, so each face is subset once, not once per brief. Keyed on the SHA-256 of the face's bytes (a font
/// changed on disk is another key), bounded (least recently used forgotten first).</summary>
internal static class EmbeddedFontCache
{
    /// <summary>Most subsets kept.</summary>
    public const int MaxEntries = 256;

    /// <summary>Most bytes kept, an entry weighing what its face's file does when embedded whole and 64 KiB when
    /// subset (a generous bound for the deflated payload, which is not known until it is made).</summary>
    public const long MaxBytes = 64L << 20;

    private static readonly LruCache<(Sha256Key Face, string Key, string Set), (Lazy<EmbeddedFont> Font, long Weight)> Cache =
        new(MaxEntries, MaxBytes, entry => entry.Weight);

    private static readonly Lock Adding = new();

    // A face's bytes never change once read (FontFace.Data is read once): their digest is computed once per array.
    private static readonly ConditionalWeakTable<byte[], StrongBox<Sha256Key>> Digests = new();

    /// <summary>The zip-ready payload of a face subset to <paramref name="blocks"/>, or whole when they are null.</summary>
    public static EmbeddedFont Get(FontFace face, string fontKey, SortedSet<int>? blocks) =>
        Lookup(face, fontKey, blocks is null ? "full" : CodePointBlocks.Key(blocks), data =>
        {
            var subset = blocks is null ? null : FontSubsetter.Subset(data, blocks);
            return new EmbeddedFont(CompressedEntry.Deflate(FontObfuscation.Obfuscate(subset ?? data, fontKey)), subset is not null);
        });

    /// <summary>The zip-ready payload of a face reduced to the glyphs of <paramref name="codePoints"/>
    /// (<see cref="GlyphSubsetter"/>), or whole when the face cannot be subset.</summary>
    public static EmbeddedFont GetUsed(FontFace face, string fontKey, IReadOnlySet<int> codePoints) =>
        Lookup(face, fontKey, "used:" + CodePointBlocks.Key(codePoints.Order()), data =>
        {
            var subset = GlyphSubsetter.Subset(data, codePoints);
            return new EmbeddedFont(CompressedEntry.Deflate(FontObfuscation.Obfuscate(subset ?? data, fontKey)), subset is not null);
        });

    /// <summary>Subsets held now (tests).</summary>
    internal static int Count => Cache.Count;

    private static EmbeddedFont Lookup(FontFace face, string fontKey, string set, Func<byte[], EmbeddedFont> make)
    {
        var data = face.Data;
        var key = (Digest(data), fontKey, set);
        if (!Cache.TryGet(key, out var entry))
            lock (Adding) // one Lazy per key, so two workers wanting the same subset make it once
                if (!Cache.TryGet(key, out entry))
                {
                    entry = (new Lazy<EmbeddedFont>(() => make(data), LazyThreadSafetyMode.ExecutionAndPublication), set == "full" ? data.LongLength : 64 << 10);
                    Cache.Set(key, entry);
                }
        return entry.Font.Value;
    }

    private static Sha256Key Digest(byte[] data) =>
        Digests.GetValue(data, static d => new StrongBox<Sha256Key>(Sha256Key.Of(d))).Value;
}
