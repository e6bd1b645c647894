using System.Collections.Concurrent;
using BriefGenerator.Theming;
using PdfSharp.Fonts;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Serves the bundled TrueType faces to PDFsharp. PDFsharp 6 on Linux sees no system fonts, and its
/// resolver is process-wide and may be set only once, so every <see cref="FontFace"/> registers itself here by its
/// <see cref="FontFace.ResolverName"/> and XFonts are created with that name as their family.</summary>
internal sealed class BundledFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, FontFace> Faces = new(StringComparer.Ordinal);
    private static readonly object Gate = new();
    private static bool _installed;

    private BundledFontResolver() { }

    /// <summary>Installs the resolver once per process (thread-safe) and registers a face with it.</summary>
    public static void Register(FontFace face)
    {
        Faces.TryAdd(face.ResolverName, face);
        if (Volatile.Read(ref _installed)) return;
        lock (Gate)
        {
            if (_installed) return;
            if (GlobalFontSettings.FontResolver is not BundledFontResolver)
                GlobalFontSettings.FontResolver = new BundledFontResolver();
            Volatile.Write(ref _installed, true);
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? face.Data : null;
}
