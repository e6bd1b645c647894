using System.Collections.Concurrent;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Subset, obfuscated and deflated font files, made once per face, key and set of code point blocks per
/// process and shared by every render (like <see cref="FontFace.Data"/> itself).</summary>
internal static class EmbeddedFontCache
{
    private static readonly ConcurrentDictionary<(string Path, string Key, string Blocks), Lazy<EmbeddedFont>> Cache = new();

    /// <summary>The zip-ready payload of a face subset to <paramref name="blocks"/>, or whole when they are null.</summary>
    public static EmbeddedFont Get(FontFace face, string fontKey, SortedSet<int>? blocks) =>
        Cache.GetOrAdd((face.Path + "|" + face.ResolverName, fontKey, blocks is null ? "full" : CodePointBlocks.Key(blocks)), _ => new Lazy<EmbeddedFont>(() =>
        {
            var subset = blocks is null ? null : FontSubsetter.Subset(face.Data, blocks);
            var entry = CompressedEntry.Deflate(FontObfuscation.Obfuscate(subset ?? face.Data, fontKey));
            return new EmbeddedFont(entry, subset is not null);
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The zip-ready payload of a face reduced to the glyphs of <paramref name="codePoints"/>
    /// (<see cref="GlyphSubsetter"/>), or whole when the face cannot be subset.</summary>
    public static EmbeddedFont GetUsed(FontFace face, string fontKey, IReadOnlySet<int> codePoints) =>
        Cache.GetOrAdd((face.Path + "|" + face.ResolverName, fontKey, "used:" + CodePointBlocks.Key(codePoints.Order())), _ => new Lazy<EmbeddedFont>(() =>
        {
            var subset = GlyphSubsetter.Subset(face.Data, codePoints);
            return new EmbeddedFont(CompressedEntry.Deflate(FontObfuscation.Obfuscate(subset ?? face.Data, fontKey)), subset is not null);
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
