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
    public void Widths_from_the_shared_reader_equal_PDFsharps_for_every_bundled_face()
    {
        var library = FontLibrary.Open(RepoPaths.Fonts);
        var fonts = new FontSet(library, Theme.Default, new DiagnosticBag());
        var measure = XGraphics.CreateMeasureContext(new XSize(10000, 10000), XGraphicsUnit.Point, XPageDirection.Downwards);
        Assert.True(library.Faces.Count >= 8);
        foreach (var face in library.Faces)
            foreach (var text in new[] { "Uzbekistan", "Budget (US$ million)", "2026–2030", "Ташкент", "fi ffl AV To.", " " })
            {
                var expected = measure.MeasureString(text, fonts.Font(face, 10.5)).Width;
                Assert.Equal(expected, TextMeasurer.Width(text, face, 10.5), 0.01);
            }
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
