using BriefGenerator.Document;
using BriefGenerator.Fonts;
using BriefGenerator.Theming;
using BriefGenerator.Tests.Support;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Text is shaped (HarfBuzz): kerning pairs sit closer than their advance widths, standard ligatures are drawn
/// and still extract as their letters, and nothing is kerned or joined across a change of style.</summary>
public class ShapingTests
{
    private static FontFace Serif => FontLibrary.Open(RepoPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!;

    [Theory]
    [InlineData("AV")]
    [InlineData("To")]
    public void A_kerning_pair_is_drawn_closer_than_its_advance_widths(string pair)
    {
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc(P($"Pair {pair} here")));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var letters = pdf.GetPage(1).Letters.ToList();
        var first = letters.FindIndex(l => l.Value == pair[..1] && letters[letters.IndexOf(l) + 1].Value == pair[1..]);
        Assert.True(first >= 0, $"'{pair}' not found in the page's letters");
        var (a, b) = (letters[first], letters[first + 1]);
        var gap = b.StartBaseLine.X - a.StartBaseLine.X;
        // The first letter's own advance (PdfPig reads it from the font's width table) is more than the distance kept.
        Assert.True(gap < a.Width - 0.2, $"{pair}: second letter {gap:0.00} pt after the first, advance {a.Width:0.00} pt");
    }

    [Fact]
    public void Measured_width_is_the_kerned_width()
    {
        var face = Serif;
        var pair = TextMeasurer.Width("AV", face, 10);
        var apart = TextMeasurer.Width("A", face, 10) + TextMeasurer.Width("V", face, 10);
        Assert.True(pair < apart - 0.2, $"AV {pair:0.00} pt, A + V {apart:0.00} pt");
    }

    [Fact]
    public void The_bundled_serif_has_an_ffi_ligature_and_shaping_uses_it()
    {
        var shaped = TextShaper.Shape("office", Serif);
        Assert.Equal(4, shaped.Glyphs.Length); // o, ffi, c, e
        Assert.Equal("ffi", shaped.CharactersOf(1));
        Assert.False(TrueTypeFont.Of(Serif).Glyph('f') == shaped.Glyphs[1].Glyph);
    }

    [Fact]
    public void A_ligature_extracts_as_its_letters()
    {
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc(P("The office staff were efficient.")));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var page = pdf.GetPage(1);
        // One glyph drawn for three letters, read back as those letters.
        Assert.Contains(page.Letters, l => l.Value == "ffi");
        Assert.Contains("The office staff were efficient.", page.Text);
        Assert.Contains(page.GetWords(), w => w.Text == "office");
    }

    [Fact]
    public void Nothing_is_joined_across_a_change_of_style()
    {
        var paragraph = new Paragraph(new Inline[] { new Text("of"), new Strong(new Inline[] { new Text("fice") }) }, null, Span());
        var (bytes, _) = PdfFixture.Render(PdfFixture.Doc(paragraph));
        using var pdf = PdfFixture.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Contains("office", page.Text);
        // "of" + bold "fice": the regular f stays a letter of its own; the bold run may join its own "fi".
        var baseline = page.Letters.First(l => l.FontName!.EndsWith("NotoSerif-Bold")).StartBaseLine.Y;
        var line = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).ToList();
        Assert.Equal(new[] { "o", "f" }, line.Where(l => l.FontName!.EndsWith("NotoSerif-Regular")).Select(l => l.Value));
        Assert.Equal("fice", string.Concat(line.Where(l => l.FontName!.EndsWith("NotoSerif-Bold")).Select(l => l.Value)));
    }

    [Theory]
    [InlineData("The office staff were efficient, AV To.")]
    [InlineData("Naïve café, e\u0301 and \u05E9\u05DC\u05D5\u05DD")]
    public void A_drawn_line_is_shaped_as_its_text_is_measured(string text)
    {
        // A line (ShapeLine, kept in its own cache) gives the glyphs, advances and per-glyph characters of shaping the
        // same text as measured text (Shape), whichever is asked first.
        var face = Serif;
        var line = TextShaper.ShapeLine(text, face);
        var shaped = TextShaper.Shape(text, face);
        Assert.Equal(shaped.Glyphs, line.Glyphs);
        Assert.Equal(shaped.Advance, line.Advance);
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            Assert.Equal(shaped.CharactersOf(i), line.CharactersOf(i));
            // What the PDF's text drawing takes for left-to-right text, worked out without the table.
            if (line.ClustersAscend) Assert.Equal(line.CharactersOf(i), line.AscendingSpanOf(i).ToString());
        }
        // Every character is stood for exactly once, in order for left-to-right text.
        Assert.Equal(text.Length, Enumerable.Range(0, line.Glyphs.Length).Sum(i => line.CharactersOf(i).Length));
    }

    [Fact]
    public void A_line_that_is_also_a_measured_word_shares_its_shaping()
    {
        var face = Serif;
        var word = TextShaper.Shape("granary", face);
        Assert.Same(word, TextShaper.ShapeLine("granary", face));
        // A word cut out of a longer run finds the same shaping without a string of its own.
        Assert.True(TextShaper.TryCached("the granary stood".AsSpan(4, 7), face, out var found));
        Assert.Same(word, found);
        Assert.False(TextShaper.TryCached("granaryx-never-shaped".AsSpan(), face, out _));
    }

    [Fact]
    public void A_ligature_glyph_stands_for_its_letters_and_a_cluster_once()
    {
        var shaped = TextShaper.Shape("efficient office", Serif);
        Assert.True(shaped.ClustersAscend);
        var spans = Enumerable.Range(0, shaped.Glyphs.Length).Select(i => shaped.AscendingSpanOf(i).ToString()).ToList();
        Assert.Contains("ffi", spans);
        Assert.Equal("efficient office", string.Concat(spans));
    }
}
