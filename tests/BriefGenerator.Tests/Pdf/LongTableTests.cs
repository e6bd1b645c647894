using BriefGenerator.Tests.Support;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>A long table spans pages, repeats its header on each, and shows every row exactly once.</summary>
public class LongTableTests
{
    private const int Rows = 240;
    private static readonly Lazy<byte[]> Pdf = new(() =>
        PdfFixture.Render(PdfFixture.Doc(H(1, "intro", "Many Rows"), P("Before the table."), LongTable(Rows), P("After the table."))).Pdf);

    [Fact]
    public void Spans_several_pages_with_the_header_on_each()
    {
        using var pdf = PdfFixture.Open(Pdf.Value);
        var tablePages = pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text.StartsWith('R') && w.Text.EndsWith("C1"))).ToList();
        Assert.True(tablePages.Count >= 3, $"table spans {tablePages.Count} pages");
        foreach (var page in tablePages)
        {
            var text = page.Text;
            Assert.Contains("Column 1", text);
            Assert.Contains("Column 2", text);
            Assert.Contains("Column 3", text);
        }
    }

    [Fact]
    public void Every_row_appears_exactly_once()
    {
        using var pdf = PdfFixture.Open(Pdf.Value);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        for (int r = 1; r <= Rows; r++)
            Assert.Equal(1, words.Count(w => w == $"R{r}C1"));
        // One caption "Table 1: A long table"; every later page of the table says "Table 1 (continued)".
        var pages = pdf.GetPages().Count(p => p.GetWords().Any(w => w.Text.StartsWith('R') && w.Text.EndsWith("C1")));
        Assert.Equal(1, words.Count(w => w == "1:"));
        Assert.Equal(pages - 1, words.Count(w => w == "(continued)"));
        Assert.Equal(pages, words.Count(w => w == "Table"));
    }

    [Fact]
    public void Rows_stay_in_order_across_pages()
    {
        using var pdf = PdfFixture.Open(Pdf.Value);
        var rows = pdf.GetPages().SelectMany(p => p.GetWords())
            .Where(w => w.Text.StartsWith('R') && w.Text.EndsWith("C1"))
            .Select(w => int.Parse(w.Text[1..^2]))
            .ToList();
        Assert.Equal(Enumerable.Range(1, Rows), rows);
    }
}
