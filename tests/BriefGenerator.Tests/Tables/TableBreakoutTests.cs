using BriefGenerator.Document;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableWidth = DocumentFormat.OpenXml.Wordprocessing.TableWidth;

namespace BriefGenerator.Tests.Tables;

/// <summary>Tables too wide for the text column reach into the wide right margin (<c>table.breakout</c>), in the PDF
/// (read back with PdfPig) and the DOCX (the table's width) alike; short tables, tables in boxes and tables on pages
/// with even margins keep to the column.</summary>
public class TableBreakoutTests
{
    private const string Long = "Basin councils formed in four river valleys and a shared data platform on water flows adopted by all five governments";

    private static Table Wide(int number, string id) => new(id, number, T("Programmes"),
        new[] { new TableColumn(T("Programme"), ColumnAlign.Left), new TableColumn(T("Outcome"), ColumnAlign.Left), new TableColumn(T("Risk"), ColumnAlign.Left) },
        Enumerable.Range(1, 3).Select(r => new TableRow(new[] { new TableCell(T($"Programme{r} " + Long)), new TableCell(T(Long)), new TableCell(T(Long)) })).ToList(),
        Span());

    private static double TextRight(Theme theme) => theme.Page.Width - theme.Page.MarginRight;

    // The right edge of the rightmost word, of all pages, that `inTable` picks.
    private static double RightmostWord(byte[] pdf, Func<string, bool> inTable)
    {
        using var doc = PdfFixture.Open(pdf);
        return doc.GetPages().SelectMany(p => p.GetWords()).Where(w => inTable(w.Text)).Max(w => w.BoundingBox.Right);
    }

    private static double[] DocxTableWidths(byte[] docx)
    {
        using var doc = DocxTestRender.Open(docx);
        return doc.MainDocumentPart!.Document.Body!.Descendants<WTable>()
            .Select(t => int.Parse(t.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableProperties>()!.GetFirstChild<WTableWidth>()!.Width!.Value!) / 20.0)
            .ToArray();
    }

    [Fact]
    public void A_wide_table_breaks_out_in_both_formats_and_a_short_one_stays_in_the_column()
    {
        var theme = Theme.Default;
        var doc = PdfFixture.Doc(P("Intro."), Wide(1, "tbl-wide"), LongTable(3, number: 2));
        var pdf = PdfFixture.Render(doc).Pdf;
        var breakout = theme.Table.BreakoutOn(theme.Page);
        Assert.True(breakout >= 40, $"default breakout {breakout}");
        Assert.True(RightmostWord(pdf, w => w is "basin" or "councils" or "formed" or "governments" or "valleys" or "platform") > TextRight(theme) + 20);
        Assert.True(RightmostWord(pdf, w => w.StartsWith('R') && w.Contains('C')) <= TextRight(theme) + 0.5);
        var widths = DocxTableWidths(DocxTestRender.Render(doc));
        Assert.Equal(new[] { theme.Page.ContentWidth + breakout, theme.Page.ContentWidth }, widths, (a, b) => Math.Abs(a - b) < 0.5);
    }

    [Fact]
    public void A_wide_table_in_a_callout_keeps_to_the_box()
    {
        var theme = Theme.Default;
        var doc = PdfFixture.Doc(P("Intro."), new Callout("Box", new Block[] { Wide(1, "tbl-boxed") }, Span()));
        Assert.True(RightmostWord(PdfFixture.Render(doc).Pdf, w => w.Length > 1) <= TextRight(theme) + 0.5);
        Assert.All(DocxTableWidths(DocxTestRender.Render(doc)), w => Assert.True(w <= theme.Page.ContentWidth + 0.5, $"{w} pt"));
    }

    [Fact]
    public void Even_margins_or_breakout_zero_keep_every_table_in_the_column()
    {
        var even = Theme.Default with { Page = Theme.Default.Page with { MarginLeft = 72, MarginRight = 72 } };
        var off = Theme.Default with { Table = Theme.Default.Table with { Breakout = 0 } };
        foreach (var theme in new[] { even, off })
        {
            Assert.Equal(0, theme.Table.BreakoutOn(theme.Page));
            var doc = PdfFixture.Doc(P("Intro."), Wide(1, "tbl-wide"));
            Assert.True(RightmostWord(PdfFixture.Render(doc, theme).Pdf, w => w.Length > 1) <= TextRight(theme) + 0.5);
            Assert.Equal(theme.Page.ContentWidth, DocxTableWidths(DocxTestRender.Render(doc, theme)).Single(), 0.5);
        }
    }
}
