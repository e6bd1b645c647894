using BriefGenerator.Theming;

namespace BriefGenerator.Fonts;

/// <summary>Text measurement from the fonts' own advance widths (<see cref="TrueTypeFont"/>), the same for both
/// renderers: the PDF lays out lines with it and the DOCX can size table columns with it. Widths are those of the
/// shaped text (<see cref="TextShaper"/>: kerning and ligatures included), so what is measured is what is drawn.</summary>
internal static class TextMeasurer
{
    /// <summary>Width of <paramref name="text"/> set in <paramref name="face"/> at <paramref name="size"/> points.</summary>
    public static double Width(string text, FontFace face, double size) =>
        text.Length == 0 ? 0 : TextShaper.Shape(text, face).Width(size);

    /// <summary>True when the face has a glyph for the code point.</summary>
    public static bool HasGlyph(FontFace face, int codePoint) => TrueTypeFont.Of(face).HasGlyph(codePoint);

    /// <summary>The face's natural line height in ems.</summary>
    public static double LineHeight(FontFace? face) => face is null ? TrueTypeFont.FallbackLineHeight : TrueTypeFont.Of(face).LineHeight;
}
