using BriefGenerator.Fonts;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Writer;

internal sealed partial class DirectCanvas
{
    private readonly Dictionary<FontFace, PdfFontResource> _fonts = new(ReferenceEqualityComparer.Instance);

    private PdfFontResource FontOf(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font)) _fonts[face] = font = new PdfFontResource(face, _fonts.Count, _file.Allocate());
        return font;
    }

    /// <summary>Shows a shaped run (<see cref="TextShaper"/>) as glyph ids: one <c>TJ</c> array per stretch of glyphs, its
    /// numbers the shaped advances' differences from the widths the font's <c>/W</c> gives (kerning), so viewers place
    /// every glyph where HarfBuzz did. A glyph moved off its pen position (a mark) is shown on its own; right-to-left
    /// text glyph by glyph, last first, so the content (and text extraction) has the characters in reading order.</summary>
    public void DrawText(string text, FontFace face, double size, string color, double x, double baseline)
    {
        Content();
        var shaped = TextShaper.ShapeLine(text, face);
        if (shaped.Glyphs.Length == 0) return;
        var font = FontOf(face);
        var tt = font.Font;
        double scale = size / shaped.UnitsPerEm, units = 1000.0 / shaped.UnitsPerEm;
        _content.BeginText();
        _content.Font(font, size);
        _content.Fill(color);
        var ops = _content.Ops;
        double y = Y(baseline);
        if (shaped.RightToLeft)
        {
            var pens = new long[shaped.Glyphs.Length];
            for (int i = 1; i < pens.Length; i++) pens[i] = pens[i - 1] + shaped.Glyphs[i - 1].Advance;
            for (int i = shaped.Glyphs.Length - 1; i >= 0; i--)
            {
                var g = shaped.Glyphs[i];
                font.Use(g.Glyph, shaped.CharacterSpanOf(i));
                _content.MoveTo(x + (pens[i] + g.OffsetX) * scale, y + g.OffsetY * scale);
                ops.Byte((byte)'<').Glyph(g.Glyph).Bytes("> Tj\n"u8);
            }
            return;
        }
        long pen = 0;
        bool open = false;
        var ascend = shaped.ClustersAscend;
        for (int i = 0; i < shaped.Glyphs.Length; i++)
        {
            var g = shaped.Glyphs[i];
            if (!font.Settled(g.Glyph)) font.Use(g.Glyph, ascend ? shaped.AscendingSpanOf(i) : shaped.CharacterSpanOf(i));
            if (g.OffsetX != 0 || g.OffsetY != 0)
            {
                if (open) { ops.Bytes(">]TJ\n"u8); open = false; }
                _content.MoveTo(x + (pen + g.OffsetX) * scale, y + g.OffsetY * scale);
                ops.Byte((byte)'<').Glyph(g.Glyph).Bytes("> Tj\n"u8);
                pen += g.Advance;
                continue;
            }
            if (!open)
            {
                _content.MoveTo(x + pen * scale, y);
                ops.Bytes("[<"u8);
                open = true;
            }
            ops.Glyph(g.Glyph);
            pen += g.Advance;
            int nominal = tt.GlyphAdvance(g.Glyph);
            if (g.Advance != nominal && i + 1 < shaped.Glyphs.Length)
                ops.Byte((byte)'>').Num((nominal - g.Advance) * units).Byte((byte)'<');
        }
        if (open) ops.Bytes(">]TJ\n"u8);
    }
}
