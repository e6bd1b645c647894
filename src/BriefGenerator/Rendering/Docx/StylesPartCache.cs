using BriefGenerator.Caching;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The styles part (<c>word/styles.xml</c>) as a ready zip entry, made once per process for each theme,
/// document language and font library: every brief of a build with one template has the same styles, which were built
/// as Open XML elements, saved and deflated for each of them. The key is everything the part is built from: the theme
/// (a record: compared by value, so an edited theme is another key), the language and the font library (the natural
/// line heights come from its faces; a library is a new object when its fonts change). Themes that name a
/// reference.docx are not cached (their styles also come from that file). Bounded, least recently used forgotten first.</summary>
internal static class StylesPartCache
{
    /// <summary>Most entries kept (a few KB each).</summary>
    public const int MaxEntries = 64;

    private static readonly LruCache<(Theme Theme, string Language, FontLibrary Fonts), CompressedEntry> Cache = new(MaxEntries);

    /// <summary>Entries held now (tests).</summary>
    internal static int Count => Cache.Count;

    /// <summary>The part's entry: the cached one, or <paramref name="build"/>'s element saved as the SDK saves a part
    /// and deflated as the package deflates it.</summary>
    public static CompressedEntry Get(Theme theme, string language, FontLibrary fonts, Func<Styles> build) =>
        Cache.GetOrAdd((theme, language, fonts), _ =>
        {
            var xml = ScratchStreams.Rent();
            try
            {
                build().Save(new KeepOpenStream(xml));
                return CompressedEntry.Deflate(xml.ToArray());
            }
            finally { ScratchStreams.Return(xml); }
        });
}
