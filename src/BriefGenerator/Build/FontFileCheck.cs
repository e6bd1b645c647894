using BriefGenerator.Diagnostics;
using BriefGenerator.Files;
using BriefGenerator.Theming;

namespace BriefGenerator.Build;

/// <summary>Checks the font files a theme's families use before anything renders, so that a font that is a link out of
/// the fonts folder, a named pipe, a device or over its size limit is a located error (<c>BG070</c>–<c>BG072</c>) at
/// the font file, not a failure in the middle of a render.</summary>
public static class FontFileCheck
{
    /// <summary>Reports every face of <paramref name="families"/> whose file the confined reader refuses.</summary>
    public static void Report(FontLibrary fonts, IEnumerable<string> families, DiagnosticBag diagnostics)
    {
        var faces = families.SelectMany(f => new[] { FontStyle.Regular, FontStyle.Bold, FontStyle.Italic, FontStyle.BoldItalic }
            .Select(s => fonts.Find(f, s))).OfType<FontFace>().Distinct();
        // Checked without reading the whole file: the fallback faces (maths, symbols, Arabic, Hebrew) are read only
        // when a character needs them.
        foreach (var face in faces)
            if (face.File is { Ok: false } read)
                diagnostics.Error(read.Code(DiagnosticCodes.FileUnreadable, tooLarge: DiagnosticCodes.ArchiveTooLarge),
                    $"font file {read.Message}", new SourceSpan(DisplayPath.For(face.Path), 1, 1));
    }
}
