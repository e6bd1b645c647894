using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Tables;

/// <summary>Table splitting, read back with PdfPig with the table starting at every height of the first page: a table
/// of up to 8 rows is never split, a split leaves at least <c>table.min_rows_split</c> rows on each side, and the
/// continuation pages say "Table N (continued)".</summary>
public class TableSplitTests
{
    // Rows of the long table per page, for a table after filler paragraphs of the given length.
    private static List<int> RowsPerPage(int fillerWords, int rows, Theme? theme = null)
    {
        var doc = PdfFixture.Doc(P(LayoutFixture.Words(fillerWords, 3)), LongTable(rows), P("After."));
        using var pdf = PdfFixture.Open(PdfFixture.Render(doc, theme).Pdf);
        return pdf.GetPages()
            .Select(p => p.GetWords().Count(w => w.Text.StartsWith('R') && w.Text.EndsWith("C1")))
            .Where(n => n > 0).ToList();
    }

    [Fact]
    public void A_table_of_up_to_eight_rows_is_never_split()
    {
        foreach (var rows in new[] { 3, 4, 8 })
            for (int words = 300; words <= 760; words += 41)
                Assert.Equal(new[] { rows }, RowsPerPage(words, rows));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_split_leaves_at_least_min_rows_split_rows_on_each_side(int keep)
    {
        var theme = Theme.Default with { Table = Theme.Default.Table with { MinRowsSplit = keep } };
        var splits = 0;
        foreach (var rows in new[] { 9, 60 })
            for (int words = 300; words <= 760; words += 41)
            {
                var pages = RowsPerPage(words, rows, theme);
                Assert.Equal(rows, pages.Sum());
                Assert.All(pages, n => Assert.True(n >= keep, $"{rows} rows after {words} words: {string.Join(" + ", pages)}"));
                if (pages.Count > 1) splits++;
            }
        Assert.True(splits > 5, $"{splits} splits seen");
    }

    [Fact]
    public void Continuation_pages_say_table_n_continued()
    {
        var doc = PdfFixture.Doc(P("Intro."), LongTable(40, number: 1), LongTable(120, number: 2, id: "t2"));
        using var pdf = PdfFixture.Open(PdfFixture.Render(doc).Pdf);
        foreach (var page in pdf.GetPages().Skip(1))
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            var first = string.Join(' ', words.Skip(2).Take(3)); // after the running header "Test Brief"
            if (words.Contains("1:") || words.Contains("2:")) continue; // a table starts on this page
            Assert.Matches(@"^Table [12] \(continued\)$", first);
        }
    }

    [Theory]
    [InlineData("table:\n  min_rows_split: 0\n")]
    [InlineData("table:\n  min_rows_split: 11\n")]
    public void Min_rows_split_out_of_range_is_a_theme_error(string yaml)
    {
        var bag = new DiagnosticBag();
        Assert.Null(ThemeLoader.Parse(yaml, "theme.yaml", bag));
        var error = Assert.Single(bag);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, error.Code);
        Assert.Contains("table.min_rows_split", error.Message);
        Assert.Equal(3, ThemeLoader.Parse("table:\n  min_rows_split: 3\n", "theme.yaml", new DiagnosticBag())!.Table.MinRowsSplit);
    }
}
