using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace BriefGenerator.Tests.Tables;

/// <summary>Automatic table layout on a realistic donor table (issue #14): the text column gets room, short columns
/// wrap their headers instead, no cell runs to more than three lines, numbers and periods never break, the numeric
/// column is right-aligned, and the DOCX grid has the PDF's widths. Read back from the PDF with PdfPig.</summary>
public class DonorTableTests
{
    internal const string Markup = """
        Table: Donor programmes on water and borders in Central Asia

        | Programme | Lead partner | Period | Budget (US$ million) | Measured outcome |
        |---|---|---|---|---|
        | Border Management in Central Asia (BOMCA) | European Union | 2003–2024 | 48.6 | Eleven border crossings rebuilt; clearance time at the Uzbek–Kyrgyz crossings cut by a third |
        | Smart Waters | USAID | 2015–2020 | 7.5 | Basin councils formed in four river valleys; 120 engineers trained in hydrological modelling |
        | Blue Peace Central Asia | Swiss Development Cooperation | 2017–2025 | 12.0 | A shared data platform on water flows adopted by all five governments |
        | Regional Water Resources Management | World Bank | 2019–2026 | 155.3 | Irrigation losses in the Fergana Valley down from 38% to 24% on the rehabilitated canals |
        | Climate Adaptation and Mitigation Programme for the Aral Sea Basin | World Bank and IFAD | 2016–2023 | 39.0 | Drought early-warning bulletins issued monthly; 9,400 farms switched to drip irrigation |
        """;

    private static readonly string[] Headers = { "Programme", "Lead", "Period", "Budget", "Measured" };

    private static readonly Lazy<(BriefDocument Doc, byte[] Pdf, byte[] Docx)> Built = new(() =>
    {
        var bag = new DiagnosticBag();
        var doc = DocumentParser.Parse(Markup, SampleDocuments.Info(), "donor.md", bag)!;
        Assert.DoesNotContain(bag, d => d.Severity == Severity.Error);
        return (doc, PdfFixture.Render(doc).Pdf, DocxTestRender.Render(doc));
    });

    private static Theme Theme => Theme.Default;
    private static double Pad => Theme.Table.CellPadding;
    // The table is too wide for the text column, so it breaks out into the right margin (table.breakout).
    private static double TableWidth => Theme.Page.ContentWidth + Theme.Table.BreakoutOn(Theme.Page);
    private static double Right => Theme.Page.MarginLeft + TableWidth;

    // The header row's words (the first table words on the page) and each column's left edge: its header's leftmost
    // word less the cell padding (the Budget column is right-aligned, so its edge is only used to tell columns apart).
    private static (List<PdfWord> Words, double[] Edges) Read()
    {
        using var pdf = PdfFixture.Open(Built.Value.Pdf);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var edges = Headers.Select((h, c) => words.Where(w => w.Text == h).Min(w => w.BoundingBox.Left) - Pad).ToArray();
        return (words, edges);
    }

    private static double[] PdfWidthsOfLeftAlignedColumns(double[] edges) =>
        new[] { edges[1] - edges[0], edges[2] - edges[1], Right - edges[4] };

    [Fact]
    public void The_text_column_gets_at_least_a_third_of_the_width()
    {
        var (_, edges) = Read();
        var outcome = Right - edges[4];
        Assert.True(Theme.Table.BreakoutOn(Theme.Page) > 0, "the default theme lets wide tables break out");
        Assert.True(outcome >= TableWidth / 3, $"outcome column {outcome:F1} pt of {TableWidth:F1}");
        Assert.True(edges.Zip(edges.Skip(1)).All(p => p.First < p.Second), "columns in order");
    }

    [Fact]
    public void No_cell_wraps_to_more_than_three_lines()
    {
        var (words, edges) = Read();
        var doc = Built.Value.Doc;
        var table = doc.Blocks.OfType<Document.Table>().Single();
        // Rows are told apart by the baseline of the first word of their Programme cell (cells are top-aligned).
        var rowTops = table.Rows.Select(r => NumericText.Plain(r.Cells[0].Content).Split(' ')[0])
            .Select(first => words.First(w => w.Text == first && Math.Abs(w.BoundingBox.Left - Pad - edges[0]) < 1).Letters[0].StartBaseLine.Y)
            .ToList();
        var bottom = rowTops[^1] - 60;
        for (int r = 0; r < rowTops.Count; r++)
        {
            var low = r + 1 < rowTops.Count ? rowTops[r + 1] + 0.5 : bottom;
            var inRow = words.Where(w => w.Letters[0].StartBaseLine.Y <= rowTops[r] + 0.5 && w.Letters[0].StartBaseLine.Y > low).ToList();
            for (int c = 0; c < edges.Length; c++)
            {
                var lo = edges[c];
                var hi = c + 1 < edges.Length ? edges[c + 1] : Right;
                var lines = inRow.Where(w => w.BoundingBox.Left >= lo && w.BoundingBox.Left < hi)
                    .Select(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).Distinct().Count();
                Assert.True(lines is >= 1 and <= 3, $"row {r} column {c}: {lines} lines; column edges {string.Join(", ", edges.Select(e => e.ToString("F0")))}, right {Right:F0}");
            }
        }
    }

    [Fact]
    public void Periods_and_amounts_stay_whole_and_the_budget_column_is_right_aligned()
    {
        var (words, edges) = Read();
        foreach (var period in new[] { "2003–2024", "2015–2020", "2017–2025", "2019–2026", "2016–2023" })
            Assert.Contains(words, w => w.Text == period);
        var table = Built.Value.Doc.Blocks.OfType<Document.Table>().Single();
        Assert.Equal(ColumnAlign.Right, table.Columns[3].Align);
        Assert.Equal(ColumnAlign.Left, table.Columns[2].Align); // periods are labels, not quantities
        // Right-aligned: every amount ends at the same x, one padding short of the outcome column.
        var ends = new[] { "48.6", "7.5", "12.0", "155.3", "39.0" }.Select(a => words.Single(w => w.Text == a).BoundingBox.Right).ToList();
        Assert.True(ends.Max() - ends.Min() < 1, string.Join(", ", ends));
        Assert.InRange(edges[4] - ends.Max(), Pad - 1, Pad + 2);
    }

    [Fact]
    public void The_docx_grid_has_the_pdf_widths_within_two_percent()
    {
        using var docx = DocxTestRender.Open(Built.Value.Docx);
        var grid = docx.MainDocumentPart!.Document.Body!.Descendants<GridColumn>().Select(g => int.Parse(g.Width!.Value!) / 20.0).ToArray();
        Assert.Equal(5, grid.Length);
        var (_, edges) = Read();
        var pdf = PdfWidthsOfLeftAlignedColumns(edges);
        var docxWidths = new[] { grid[0], grid[1], grid[4] };
        for (int i = 0; i < pdf.Length; i++)
            Assert.True(Math.Abs(pdf[i] - docxWidths[i]) <= 0.02 * pdf[i], $"column {i}: PDF {pdf[i]:F1} pt, DOCX {docxWidths[i]:F1} pt");
        // Period and Budget together: what is left between the Lead partner and the outcome columns.
        Assert.True(Math.Abs(edges[4] - edges[2] - grid[2] - grid[3]) <= 0.02 * (grid[2] + grid[3]));
        Assert.Equal(TableWidth, grid.Sum(), 0.5); // both formats break the table out by the same amount
        Assert.Empty(DocxTestRender.Validate(Built.Value.Docx));
    }
}
