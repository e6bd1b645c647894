using BriefGenerator.Diagnostics;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Charts;

/// <summary>In the PDF a chart follows its table; a short table and its chart stay on one page wherever the table falls,
/// and the chart is never cut by the page foot.</summary>
public class ChartLayoutTests
{
    private const string Table = """
        Table: Budget by programme {#tbl-budget chart=bar}

        | Programme | Budget |
        |---|---:|
        | Canal lining | 210 |
        | Flood early warning | 18 |
        | Drip irrigation | 95 |
        """;

    [Fact]
    public void A_short_table_and_its_chart_share_a_page_wherever_the_table_falls()
    {
        var page = Theme.Default.Page;
        var pages = new HashSet<int>();
        for (var words = 40; words <= 640; words += 40)
        {
            var bag = new DiagnosticBag();
            var markup = "## Section\n\n" + LayoutFixture.Words(words, words) + "\n\n" + Table + "\n\nAfter.\n";
            var doc = DocumentParser.Parse(markup, SampleDocuments.Info(), "brief", bag)!;
            Assert.Empty(bag);
            var canvas = LayoutFixture.Record(doc);
            var figure = Assert.Single(canvas.Figures);
            var caption = canvas.Texts.First(t => t.Text.StartsWith("Table", StringComparison.Ordinal) && t.Baseline > 0);
            Assert.True(caption.Page == figure.Page, $"{words} words: caption on page {caption.Page + 1}, chart on page {figure.Page + 1}");
            Assert.True(figure.Y + figure.Height <= page.MarginTop + page.ContentHeight + 0.01, $"{words} words: the chart runs past the text area");
            Assert.StartsWith("Bar chart of Budget by Programme: Canal lining 210", figure.Alt);
            // Everything the chart draws lies in its box.
            var inside = canvas.Texts.Where(t => t.Page == figure.Page && t.Baseline > figure.Y && t.Baseline <= figure.Y + figure.Height).ToList();
            Assert.Contains(inside, t => t.Text == "Canal");
            pages.Add(figure.Page);
        }
        Assert.True(pages.Count > 1, "the sweep puts the table on the first page and, with more text, on the next");
    }
}
