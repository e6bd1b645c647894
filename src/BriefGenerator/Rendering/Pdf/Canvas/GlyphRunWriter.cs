using System.Text;
using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>Draws shaped text (<see cref="TextShaper"/>) through PDFsharp, for <see cref="PdfSharpCanvas"/>. A run is
/// written as few text strings as its glyph positions allow: a new string starts only where shaping moved a glyph off
/// the advance the font's width table gives (a kerning pair, a mark), so viewers place every glyph where HarfBuzz did.
/// Each string is handed to PDFsharp as characters, and its glyph ids are put in through PDFsharp's render-text event,
/// so fonts stay subset-embedded with their widths and <c>ToUnicode</c> maps; glyphs that stand for no single
/// character (ligatures) go under stand-ins from <see cref="GlyphCodes"/>.</summary>
internal sealed class GlyphRunWriter
{
    private readonly FontSet _fonts;
    private readonly GlyphCodes _codes;
    private readonly List<ushort> _pending = new();
    private readonly StringBuilder _chars = new();
    private readonly List<CodePointGlyphIndexPair> _extras = new();
    private readonly HashSet<(string Face, int Glyph)> _closed = new();
    private bool _active;

    public GlyphRunWriter(PdfDocument document, FontSet fonts, GlyphCodes codes)
    {
        _fonts = fonts;
        _codes = codes;
        document.RenderEvents.RenderTextEvent += OnRenderText;
    }

    /// <summary>Draws <paramref name="text"/> in one face with its pen starting at <paramref name="x"/>.</summary>
    public void Draw(XGraphics gfx, string text, FontFace face, double size, XBrush brush, double x, double baseline)
    {
        var shaped = TextShaper.Shape(text, face);
        var font = TrueTypeFont.Of(face);
        var xfont = _fonts.Font(face, size);
        double scale = size / shaped.UnitsPerEm;
        if (shaped.RightToLeft) { DrawInReadingOrder(gfx, shaped, face, font, xfont, brush, x, baseline, scale); return; }
        long pen = 0, start = 0;
        for (int i = 0; i < shaped.Glyphs.Length; i++)
        {
            var g = shaped.Glyphs[i];
            bool offset = g.OffsetX != 0 || g.OffsetY != 0;
            if (offset)
            {
                // A glyph moved off its pen position (a mark) is a string of its own.
                Flush(gfx, xfont, brush, x + start * scale, baseline);
                Add(shaped, i, face, font);
                Flush(gfx, xfont, brush, x + (pen + g.OffsetX) * scale, baseline - g.OffsetY * scale);
                start = pen + g.Advance;
            }
            else Add(shaped, i, face, font);
            pen += g.Advance;
            if (!offset && g.Advance != font.GlyphAdvance(g.Glyph))
            {
                // Kerned: the next glyph starts a new string at its shaped position.
                Flush(gfx, xfont, brush, x + start * scale, baseline);
                start = pen;
            }
        }
        Flush(gfx, xfont, brush, x + start * scale, baseline);
    }

    // Right-to-left text: shaping lists glyphs left to right, so each glyph is written on its own, last first, for
    // the content stream (and text extraction) to have the characters in reading order.
    private void DrawInReadingOrder(XGraphics gfx, ShapedText shaped, FontFace face, TrueTypeFont font, XFont xfont, XBrush brush,
        double x, double baseline, double scale)
    {
        var pens = new long[shaped.Glyphs.Length];
        for (int i = 1; i < pens.Length; i++) pens[i] = pens[i - 1] + shaped.Glyphs[i - 1].Advance;
        for (int i = shaped.Glyphs.Length - 1; i >= 0; i--)
        {
            var g = shaped.Glyphs[i];
            Add(shaped, i, face, font);
            Flush(gfx, xfont, brush, x + (pens[i] + g.OffsetX) * scale, baseline - g.OffsetY * scale);
        }
    }

    // Adds glyph i as its own character when the font maps that character to it, else as a stand-in.
    private void Add(ShapedText shaped, int i, FontFace face, TrueTypeFont font)
    {
        var glyph = shaped.Glyphs[i].Glyph;
        var chars = shaped.CharacterSpanOf(i);
        int code;
        if (chars.Length > 0 && Rune.DecodeFromUtf16(chars, out var rune, out var used) == System.Buffers.OperationStatus.Done
            && used == chars.Length && font.Glyph(rune.Value) == glyph)
            code = rune.Value;
        else if (_codes.For(face.ResolverName, glyph, chars.ToString()) is { } standIn)
            code = standIn;
        else
        {
            // Out of stand-ins: the characters, unshaped.
            foreach (var r in chars.EnumerateRunes()) { Append(r.Value); _pending.Add((ushort)font.Glyph(r.Value)); }
            return;
        }
        Append(code);
        _pending.Add(glyph);
        Close(face, font, glyph);
    }

    // One character (a surrogate pair above the BMP), without a string for it.
    private void Append(int code)
    {
        Span<char> utf16 = stackalloc char[2];
        _chars.Append(utf16[..new Rune(code).EncodeToUtf16(utf16)]);
    }

    // PDFsharp's subset takes the components of the glyphs drawn, but not their components' components (Noto Naskh
    // Arabic builds its dots that way): those go along with the string, registered but not drawn.
    private void Close(FontFace face, TrueTypeFont font, ushort glyph)
    {
        if (!_closed.Add((face.ResolverName, glyph))) return;
        foreach (var component in font.Composites.Deep(glyph))
        {
            if (!_closed.Add((face.ResolverName, component))) continue;
            // A glyph some character maps to goes in under that character, so its ToUnicode entry stays true.
            var code = font.CharacterOf(component) ?? _codes.For(face.ResolverName, (ushort)component, "");
            if (code is { } c) _extras.Add(new CodePointGlyphIndexPair(c, (ushort)component));
        }
    }

    private void Flush(XGraphics gfx, XFont font, XBrush brush, double x, double baseline)
    {
        if (_pending.Count == 0) return;
        _active = true;
        try { gfx.DrawString(_chars.ToString(), font, brush, x, baseline, XStringFormats.BaseLineLeft); }
        finally
        {
            _active = false;
            _pending.Clear();
            _chars.Clear();
            _extras.Clear();
        }
    }

    private void OnRenderText(object sender, RenderTextEventArgs e)
    {
        if (!_active) return;
        var pairs = e.CodePointGlyphIndexPairs;
        if (pairs.Length != _pending.Count) return; // not the string handed over: leave PDFsharp's own lookup
        for (int i = 0; i < pairs.Length; i++) pairs[i].GlyphIndex = _pending[i];
        // PDFsharp writes the string's own glyphs (as many as it has characters) and registers the whole array.
        if (_extras.Count > 0) e.CodePointGlyphIndexPairs = [.. pairs, .. _extras];
    }
}
