using BriefGenerator.Document;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Nothing is drawn outside the page's text area, however long a word is.</summary>
public class MarginTests
{
    private static readonly string Overlong = string.Concat(Enumerable.Repeat("Supercalifragilistic", 12));
    private const string Url = "https://example.org/a/very/long/path/that/keeps/going/and/going/without/any/spaces/at/all/index.html";

    [Fact]
    public void Overlong_tokens_break_inside_the_margins()
    {
        var table = new Table("t", 1, T("Long cells"),
            new[] { new TableColumn(T("Name"), ColumnAlign.Left), new TableColumn(T("Value"), ColumnAlign.Right) },
            new[] { new TableRow(new[] { new TableCell(T(Overlong)), new TableCell(T(Url)) }) }, Span());
        var (bytes, _) = PdfFixture.Render(PdfFixture.Doc(P("Before " + Overlong + " after."), P(Url), table));
        var page = Theme.Default.Page;
        // The table is too wide for the column, so it may reach table.breakout into the right margin; nothing further.
        var right = page.Width - page.MarginRight + Theme.Default.Table.BreakoutOn(page);
        using var pdf = PdfFixture.Open(bytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(letters);
        Assert.All(letters, l =>
        {
            Assert.InRange(l.BoundingBox.Left, page.MarginLeft - 0.5, right + 0.5);
            Assert.InRange(l.BoundingBox.Right, page.MarginLeft - 0.5, right + 0.5);
            Assert.InRange(l.BoundingBox.Bottom, 0, page.Height);
        });
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        // Nothing lost in the breaking: the token twice (paragraph and table), twelve repeats each.
        Assert.Equal(24, CountOf(text.Replace(" ", ""), "Supercalifragilistic"));
    }

    [Fact]
    public void Page_size_and_margins_come_from_the_theme()
    {
        var theme = Theme.Default with { Page = new PageSetup { Width = 612, Height = 792, MarginLeft = 90, MarginRight = 72, MarginTop = 80, MarginBottom = 90 } };
        var (bytes, _) = PdfFixture.Render(LayoutFixture.ManySections(12), theme);
        using var pdf = PdfFixture.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(612, page.Width, 1);
            Assert.Equal(792, page.Height, 1);
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l =>
            {
                Assert.InRange(l.BoundingBox.Left, 90 - 0.5, 612 - 72 + 0.5);
                Assert.InRange(l.BoundingBox.Right, 90 - 0.5, 612 - 72 + 0.5);
            });
            // Body text (not the running header and footer) stays between the top and bottom margins.
            Assert.All(page.Letters.Where(l => l.PointSize >= theme.Fonts.BodySize - 0.01), l =>
                Assert.InRange(l.StartBaseLine.Y, 90, 792 - 80));
        }
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
