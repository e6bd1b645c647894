using BriefGenerator.Diagnostics;
using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Pdf.Strict;

namespace BriefGenerator.Tests.Styling;

/// <summary>One TrueType reader measures text for both renderers: its widths are the ones the PDF declares, and
/// its glyph coverage and line metrics are read from the same tables.</summary>
public class SharedMeasurementTests
{
    [Fact]
    public void The_widths_the_PDF_declares_are_the_shared_readers_advances()
    {
        // The PDF writer writes each font's /W from the reader's advances; read back from the file, they are the same
        // numbers (per 1000 units of text space) for every glyph the sample document draws.
        var library = FontLibrary.Open(RepoPaths.Fonts);
        var raw = RawPdf.Parse(PdfFixture.Everything);
        int checkedGlyphs = 0;
        foreach (var font in raw.Pages().Select(p => raw.GetDict(raw.GetDict(p.Page, "Resources"), "Font")).OfType<Dictionary<string, object?>>()
                     .SelectMany(f => f.Values).Select(raw.Resolve).OfType<Dictionary<string, object?>>().Distinct())
        {
            var name = ((PdfName)raw.Get(font, "BaseFont")!).Value;
            var face = library.Faces.Single(f => PostScriptNames.Of(f) == name[(name.IndexOf('+') + 1)..]);
            var reader = TrueTypeFont.Of(face);
            var cid = (Dictionary<string, object?>)raw.Resolve(((List<object?>)raw.Get(font, "DescendantFonts")!)[0])!;
            var w = (List<object?>)raw.Get(cid, "W")!;
            for (int i = 0; i + 1 < w.Count; i += 2)
            {
                var first = (int)(double)w[i]!;
                var widths = (List<object?>)raw.Resolve(w[i + 1])!;
                for (int k = 0; k < widths.Count; k++, checkedGlyphs++)
                    Assert.Equal(reader.GlyphAdvance(first + k) * 1000.0 / reader.UnitsPerEm, (double)widths[k]!, 3);
            }
        }
        Assert.True(checkedGlyphs > 50);
    }

    [Fact]
    public void Measured_widths_are_the_shaped_glyphs_advances()
    {
        var library = FontLibrary.Open(RepoPaths.Fonts);
        foreach (var face in library.Faces)
            foreach (var text in new[] { "Uzbekistan", "fi ffl AV To.", " " })
            {
                var shaped = TextShaper.Shape(text, face);
                Assert.Equal(shaped.Glyphs.Sum(g => (double)g.Advance) * 10.5 / shaped.UnitsPerEm, TextMeasurer.Width(text, face, 10.5), 6);
            }
        // Kerning makes a kerned pair narrower than its letters' advances in the serif text face.
        var serif = library.Find("Noto Serif", FontStyle.Regular)!;
        Assert.True(TextMeasurer.Width("AV", serif, 10.5) < TextMeasurer.Width("A", serif, 10.5) + TextMeasurer.Width("V", serif, 10.5));
    }

    [Fact]
    public void Coverage_and_line_height_come_from_the_same_font_tables()
    {
        var library = FontLibrary.Open(RepoPaths.Fonts);
        var serif = library.Find("Noto Serif", FontStyle.Regular)!;
        var mono = library.Find("Noto Sans Mono", FontStyle.Regular)!;
        Assert.True(TextMeasurer.HasGlyph(serif, 'A'));
        Assert.True(TextMeasurer.HasGlyph(serif, 'Ж'));
        Assert.False(TextMeasurer.HasGlyph(serif, 0x1F600));
        Assert.True(TextMeasurer.HasGlyph(mono, 0x2192));
        Assert.InRange(TextMeasurer.LineHeight(serif), 1.3, 1.45);
        // A monospace face: every letter has the same advance.
        Assert.Equal(TextMeasurer.Width("iiii", mono, 10), TextMeasurer.Width("MMMM", mono, 10), 3);
    }
}
