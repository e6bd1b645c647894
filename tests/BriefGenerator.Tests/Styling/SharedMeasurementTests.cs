using BriefGenerator.Diagnostics;
using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using PdfSharp.Drawing;

namespace BriefGenerator.Tests.Styling;

/// <summary>One TrueType reader measures text for both renderers: its widths are the ones PDFsharp draws with, and
/// its glyph coverage and line metrics are read from the same tables.</summary>
public class SharedMeasurementTests
{
    [Fact]
    public void Advance_widths_from_the_shared_reader_equal_PDFsharps_for_every_bundled_face()
    {
        // PDFsharp writes the fonts' width tables; the reader's nominal advances are the same numbers.
        var library = FontLibrary.Open(RepoPaths.Fonts);
        var fonts = new FontSet(library, Theme.Default, new DiagnosticBag());
        var measure = XGraphics.CreateMeasureContext(new XSize(10000, 10000), XGraphicsUnit.Point, XPageDirection.Downwards);
        Assert.True(library.Faces.Count >= 8);
        foreach (var face in library.Faces)
            foreach (var text in new[] { "Uzbekistan", "Budget (US$ million)", "2026–2030", "Ташкент", "fi ffl AV To.", " " })
            {
                var expected = measure.MeasureString(text, fonts.Font(face, 10.5)).Width;
                var font = TrueTypeFont.Of(face);
                var nominal = text.EnumerateRunes().Sum(r => (double)font.Advance(r.Value)) * 10.5 / font.UnitsPerEm;
                Assert.Equal(expected, nominal, 0.01);
            }
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
