using BriefGenerator.Document;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.LineBreaking;

/// <summary>Hyphenated, justified paragraphs as a PDF reader sees them: whole words, soft hyphens, spaces within the
/// theme's stretch.</summary>
public class JustifiedPdfTests
{
    private const string Long =
        "Counterterrorism cooperation between the governments underlines the interdependence of regional security " +
        "arrangements, intergovernmental institutions and multilateral organizations; infrastructure modernization, " +
        "telecommunications and transportation corridors strengthen the competitiveness of the participating economies " +
        "while environmental sustainability, hydroelectricity and irrigation management remain unresolved responsibilities.";

    private static string Extract(byte[] pdf)
    {
        using var doc = PdfFixture.Open(pdf);
        var page = doc.GetPage(1);
        var lines = SetLines.Of(page, 10.5).Select(l => string.Concat(l.Select(x => x.Value)).TrimEnd());
        // A reader joins a line ending in a soft hyphen to the next without a space, and drops the soft hyphen.
        var text = string.Join(" ", lines).Replace("\u00AD ", "");
        return text;
    }

    [Fact]
    public void A_hyphenated_justified_paragraph_extracts_with_whole_words()
    {
        var (pdf, _) = PdfFixture.Render(PdfFixture.Doc(P(Long)), Theme.Default with { Justify = true });
        using (var doc = PdfFixture.Open(pdf))
            Assert.Contains(SetLines.Of(doc.GetPage(1), 10.5), SetLines.Hyphenated);
        Assert.Equal(Long, Extract(pdf));
    }

    [Fact]
    public void Hyphenate_false_keeps_every_word_whole_on_its_line()
    {
        var (pdf, _) = PdfFixture.Render(PdfFixture.Doc(P(Long)), Theme.Default with { Justify = true, Hyphenate = false });
        using var doc = PdfFixture.Open(pdf);
        Assert.DoesNotContain(SetLines.Of(doc.GetPage(1), 10.5), SetLines.Hyphenated);
        Assert.Equal(Long, Extract(pdf));
    }

    [Fact]
    public void Ragged_text_is_not_hyphenated_unless_the_theme_asks()
    {
        // Long words leave a ragged edge with big holes that hyphens fill.
        var text = string.Join(" ", Enumerable.Range(0, 60).Select(i => (i % 4) switch
        {
            0 => "internationalization", 1 => "telecommunications", 2 => "responsibilities", _ => "and",
        }));
        var (plain, _) = PdfFixture.Render(PdfFixture.Doc(P(text)));
        using (var doc = PdfFixture.Open(plain)) Assert.DoesNotContain(SetLines.Of(doc.GetPage(1), 10.5), SetLines.Hyphenated);
        var (asked, _) = PdfFixture.Render(PdfFixture.Doc(P(text)), Theme.Default with { Hyphenate = true });
        using (var doc = PdfFixture.Open(asked)) Assert.Contains(SetLines.Of(doc.GetPage(1), 10.5), SetLines.Hyphenated);
        Assert.Equal(text, Extract(asked));
    }

    [Fact]
    public void Soft_hyphens_are_the_only_breaks_in_their_word_and_vanish_elsewhere()
    {
        // One word far wider than the column, breakable only at its soft hyphens.
        var word = string.Concat(Enumerable.Repeat("Inter\u00ADnation\u00ADal", 12));
        var text = "The " + word + " word.";
        var (pdf, _) = PdfFixture.Render(PdfFixture.Doc(P(text)));
        using var doc = PdfFixture.Open(pdf);
        var lines = SetLines.Of(doc.GetPage(1), 10.5).Select(l => string.Concat(l.Select(x => x.Value)).Trim()).ToList();
        Assert.True(lines.Count >= 2);
        Assert.All(lines.SkipLast(1), l => Assert.Matches("(Inter|nation)\u00AD$", l));
        Assert.All(lines, l => Assert.False(l.TrimEnd('\u00AD').Contains('\u00AD'), l.Replace("\u00AD", "~")));
        Assert.Equal(text.Replace("\u00AD", ""), string.Join(" ", lines).Replace("\u00AD ", ""));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void No_space_is_stretched_past_the_theme_maximum(double max)
    {
        var text = LayoutFixtureText();
        var theme = Theme.Default with { Justify = true, JustifyMaxStretch = max };
        var (pdf, _) = PdfFixture.Render(PdfFixture.Doc(P(text), P(Long), P(text + " " + Long)), theme);
        using var doc = PdfFixture.Open(pdf);
        var lines = doc.GetPages().SelectMany(p => SetLines.Of(p, 10.5)).ToList();
        Assert.True(lines.Count > 10);
        Assert.All(lines, l => Assert.InRange(SetLines.Stretch(l), 0, max + SetLines.KerningSlack));
        Assert.InRange(SetLines.MostHyphensInARow(lines), 0, 2);
    }

    private static string LayoutFixtureText() =>
        string.Join(" ", Enumerable.Range(0, 120).Select(i => i % 7 == 0 ? "institutionalization" : i % 3 == 0 ? "cooperation" : "and"));
}
