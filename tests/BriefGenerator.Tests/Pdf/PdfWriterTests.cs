using System.Text;
using BriefGenerator.Rendering.Pdf.Writer;
using BriefGenerator.Tests.Pdf.Strict;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The PDF writer's own pieces: numbers as PDF writes them, and text shown as glyph ids in TJ arrays (kerning
/// as numbers between them, not a string per glyph).</summary>
public class PdfWriterTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.00001, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(-3.25, "-3.25")]
    [InlineData(595.2756, "595.2756")]
    [InlineData(0.12346, "0.1235")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1000, "1000")]
    public void Numbers_have_at_most_four_decimals_and_no_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(new PdfBuffer().Num(value).Span));

    [Fact]
    public void Text_is_shown_as_glyph_ids_in_TJ_arrays_with_kerning_numbers()
    {
        var raw = RawPdf.Parse(PdfFixture.Everything);
        var content = new StringBuilder();
        // A page's contents: its body's stream, then (an array) the running head and foot drawn once the page count was known.
        foreach (var (_, page) in raw.Pages())
            foreach (var stream in page["Contents"] is List<object> streams ? streams.Cast<PdfRef>() : new[] { (PdfRef)page["Contents"]! })
                content.Append(Encoding.Latin1.GetString(PdfStrictness.Decode(raw, raw.Objects[stream.Number])));
        var text = content.ToString();
        Assert.Contains("]TJ", text);
        // A kerned pair: a number between two hex strings of one array.
        Assert.Matches(@"\[<[0-9A-F]+>-?[0-9.]+<[0-9A-F]+", text);
        // Text objects never outlive a marked-content sequence (the strict checks), and no Tj shows a single glyph of
        // left-to-right text that an array could hold: far fewer Tj than TJ.
        Assert.True(CountOf(text, " Tj\n") < CountOf(text, "]TJ\n") / 4);
    }

    private static int CountOf(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
