using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Bundled fonts are embedded as subsets; characters no font has are reported, not dropped silently.</summary>
public class FontTests
{
    [Fact]
    public void Fonts_are_embedded_subsets_of_the_bundled_faces()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.NotEmpty(fonts);
        // A subset tag and the face's PostScript name (ISO 32000-1 §9.6.4), e.g. "ABCDEF+NotoSans-Bold".
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+Noto(Serif|Sans|SansMono|SansMath|SansSymbols2)-(Regular|Bold|Italic|BoldItalic)$", f));
        Assert.Contains(fonts, f => f.Contains("+NotoSerif-"));
        Assert.Contains(fonts, f => f.Contains("+NotoSans-"));
        Assert.Contains(fonts, f => f.Contains("+NotoSansMono-"));
    }

    [Fact]
    public void A_character_no_font_has_is_one_BG040_warning()
    {
        var (_, diagnostics) = PdfFixture.Render(PdfFixture.Doc(P("Smile \U0001F600 and again \U0001F600.")));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingGlyph, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("U+1F600", warning.Message);
    }

    [Fact]
    public void A_character_the_body_font_lacks_falls_back_along_the_chain()
    {
        // U+2192 is not in Noto Serif or Noto Sans: body text → Noto Sans → Noto Sans Math, never the monospace font.
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc(P("Tashkent \u2192 Dushanbe")));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Contains("Tashkent \u2192 Dushanbe", page.Text);
        var arrow = Assert.Single(page.Letters, l => l.Value == "\u2192");
        Assert.EndsWith("+NotoSansMath-Regular", arrow.FontName);
        Assert.EndsWith("+NotoSerif-Regular", page.Letters.First(l => l.Value == "D").FontName);
    }

    [Theory]
    [InlineData("\u2265", "+NotoSansMath-Regular")]   // ≥
    [InlineData("\u2192", "+NotoSansMath-Regular")]   // →
    [InlineData("\u20AC", "+NotoSerif-Regular")]      // € is in the body font itself
    [InlineData("\u2713", "+NotoSansSymbols2-Regular")] // ✓
    public void Symbols_come_from_a_proportional_symbol_or_maths_font_never_the_monospace_one(string symbol, string font)
    {
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc(P($"Growth {symbol} 3 per cent")));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var letter = Assert.Single(pdf.GetPage(1).Letters, l => l.Value == symbol);
        Assert.EndsWith(font, letter.FontName);
        Assert.DoesNotContain("Mono", letter.FontName);
    }

    [Fact]
    public void Code_keeps_its_symbols_in_the_monospace_font()
    {
        var (bytes, _) = PdfFixture.Render(PdfFixture.Doc(new Paragraph(new Inline[] { new Code("a \u2265 b") }, null, Span())));
        using var pdf = PdfFixture.Open(bytes);
        Assert.EndsWith("+NotoSansMono-Regular", Assert.Single(pdf.GetPage(1).Letters, l => l.Value == "\u2265").FontName);
    }

    [Fact]
    public void Bold_and_italic_use_their_own_faces()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.Contains(letters, l => (l.FontName ?? "").EndsWith("+NotoSerif-Bold"));
        Assert.Contains(letters, l => (l.FontName ?? "").EndsWith("+NotoSerif-Italic"));
    }
}
