using BriefGenerator.LineBreaking;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.LineBreaking;

/// <summary>Break opportunities inside runs without spaces follow UAX #14 (with the book tailorings), and long URLs
/// break inside in the PDF.</summary>
public class BreakOpportunityTests
{
    private static string Show(string text)
    {
        var parts = new List<string>();
        int from = 0;
        foreach (var b in BreakOpportunities.Find(text)) { parts.Add(text[from..b]); from = b; }
        parts.Add(text[from..]);
        return string.Join("|", parts);
    }

    [Theory]
    [InlineData("US-Uzbekistan", "US-|Uzbekistan")]                 // after a hyphen
    [InlineData("Central\u2013Asian", "Central\u2013|Asian")]       // after an en dash
    [InlineData("word\u2014word", "word\u2014|word")]               // after an em dash, never before it
    [InlineData("and/or", "and/|or")]
    [InlineData("2019\u20132023", "2019\u20132023")]                // a range of years stays whole
    [InlineData("3/4", "3/4")]
    [InlineData("COVID-19", "COVID-19")]
    [InlineData("(word),", "(word),")]                              // never after an opening or before a closing mark
    [InlineData("don\u2019t", "don\u2019t")]
    [InlineData("\u00ABmot\u202F\u00BB", "\u00ABmot\u202F\u00BB")]  // French quotes with a narrow no-break space
    [InlineData("e\u0301te\u0301", "e\u0301te\u0301")]              // combining marks stay with their letter
    [InlineData("inter\u00ADnational", "inter\u00AD|national")]     // at a soft hyphen
    [InlineData("\u6F22\u5B57\u6F22\u5B57", "\u6F22|\u5B57|\u6F22|\u5B57")] // between ideographs
    [InlineData("\u6F22\u5B57\u3002\u6F22", "\u6F22|\u5B57\u3002|\u6F22")]  // never before the ideographic full stop
    [InlineData("\u3010\u6F22\u3011\u5B57", "\u3010\u6F22\u3011|\u5B57")]
    [InlineData("https://example.org/policy/brief.pdf", "https://|example|.org/|policy/|brief|.pdf")]
    [InlineData("www.example.org/a1", "www|.example|.org/|a1")]
    public void Breaks_follow_UAX14_with_the_book_tailorings(string text, string expected) =>
        Assert.Equal(expected, Show(text));

    [Fact]
    public void A_long_URL_breaks_inside_at_slashes_and_dots_not_between_letters()
    {
        var url = "https://www.example.org/publications/central-asia/2026/security-cooperation-and-regional-water-management/annex.pdf";
        var (pdf, _) = PdfFixture.Render(PdfFixture.Doc(P("See " + url + " for the annex.")));
        using var doc = PdfFixture.Open(pdf);
        var lines = SetLines.Of(doc.GetPage(1), 10.5).Select(l => string.Concat(l.Select(x => x.Value)).TrimEnd()).ToList();
        Assert.True(lines.Count >= 2, string.Join("\n", lines));
        Assert.All(lines.SkipLast(1), l => Assert.Matches("[/\\-]$|[a-z]$", l));
        Assert.All(lines.Skip(1), l => Assert.Matches("^[a-z0-9.]", l));
        Assert.Equal("See " + url + " for the annex.", string.Concat(lines.Select((l, i) => i == 0 ? l : (lines[i - 1].EndsWith("See") ? " " : "") + l)));
        var right = Theme.Default.Page.Width - Theme.Default.Page.MarginRight;
        Assert.All(doc.GetPage(1).Letters.Where(l => Math.Abs(l.PointSize - 10.5) < 0.01), l => Assert.True(l.BoundingBox.Right <= right + 0.5));
    }
}
