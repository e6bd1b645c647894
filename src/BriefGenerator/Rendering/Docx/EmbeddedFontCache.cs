using System.Collections.Concurrent;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Obfuscated and deflated font files, made once per face and key per process and shared by every render
/// (like <see cref="FontFace.Data"/> itself): a face is the same bytes in every document.</summary>
internal static class EmbeddedFontCache
{
    private static readonly ConcurrentDictionary<(string Path, string Key), Lazy<CompressedEntry>> Cache = new();

    /// <summary>The zip-ready payload of a face obfuscated with <paramref name="fontKey"/>.</summary>
    public static CompressedEntry Get(FontFace face, string fontKey) =>
        Cache.GetOrAdd((face.Path, fontKey), _ => new Lazy<CompressedEntry>(
            () => CompressedEntry.Deflate(FontObfuscation.Obfuscate(face.Data, fontKey)),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
