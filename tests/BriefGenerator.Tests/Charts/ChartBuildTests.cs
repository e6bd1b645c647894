using BriefGenerator.Charts;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace BriefGenerator.Tests.Charts;

/// <summary>A brief with a chart of each kind (bar, grouped bar, horizontal bar, stacked bar, line) builds to a PDF whose
/// structure tree has one Figure with /Alt and /BBox per chart, and to a valid DOCX with one native chart per table
/// whose caches and embedded workbook hold the table's cells; a second build gives the same bytes.</summary>
public class ChartBuildTests : IClassFixture<ChartBuildTests.Built>
{
    /// <summary>The chart brief built twice into two output folders.</summary>
    public sealed class Built : IDisposable
    {
        private readonly Workspace _first = new(), _second = new();

        public Built()
        {
            var text = File.ReadAllText(RepoPaths.TestData("briefs", "charts", "brief.md"));
            foreach (var ws in new[] { _first, _second })
            {
                ws.AddBrief("charts", text);
                var run = CliRun.Build(ws);
                Assert.True(run.Exit == 0, run.Err);
            }
        }

        public byte[] Pdf => File.ReadAllBytes(Path.Combine(_first.Out, "charts", "policy-brief.pdf"));
        public byte[] Docx => File.ReadAllBytes(Path.Combine(_first.Out, "charts", "policy-brief.docx"));
        public byte[] SecondPdf => File.ReadAllBytes(Path.Combine(_second.Out, "charts", "policy-brief.pdf"));
        public byte[] SecondDocx => File.ReadAllBytes(Path.Combine(_second.Out, "charts", "policy-brief.docx"));

        public void Dispose()
        {
            _first.Dispose();
            _second.Dispose();
        }
    }

    private readonly Built _built;

    public ChartBuildTests(Built built) => _built = built;

    [Fact]
    public void The_pdf_tags_each_chart_as_a_figure_with_alt_text_and_a_bounding_box()
    {
        using var pdf = PdfDocument.Open(_built.Pdf);
        var figures = StructureElements(pdf).Where(e => e.TryGet(NameToken.S, out NameToken s) && s.Data == "Figure").ToList();
        Assert.Equal(5, figures.Count);
        var alts = figures.Select(f => f.Data["Alt"] switch { StringToken t => t.Data, HexToken h => h.Data, var t => t.ToString() }).ToList();
        Assert.Equal("Bar chart of Budget (US$ million) by Programme: Canal lining 210, Flood early warning 18, " +
                     "Drip irrigation pilots 1,234.5, Groundwater monitoring 42.5", alts[0]);
        Assert.StartsWith("Grouped bar chart of 2024; 2025 by Region: Fergana 120; 150.", alts[1]);
        Assert.StartsWith("Horizontal bar chart of Engineers by Region:", alts[2]);
        Assert.Equal("Funding grew from 100 to 190 million dollars between 2022 and 2025, mostly from donors.", alts[3]); // chart-alt
        Assert.StartsWith("Line chart of Amu Darya; Syr Darya by Year: 2019 52.1; 31.0.", alts[4]);
        foreach (var f in figures)
        {
            var attributes = Resolve(pdf, f.Data["A"]) as DictionaryToken;
            var box = Assert.IsType<ArrayToken>(Resolve(pdf, attributes!.Data["BBox"]));
            var n = box.Data.Select(t => ((NumericToken)t).Double).ToArray();
            Assert.True(n[2] > n[0] + 300 && n[3] > n[1] + 100, $"a chart-sized box, got [{string.Join(", ", n)}]");
        }
        // The axes' labels are text a reader can find: tick labels at round numbers, categories, axis titles.
        var text = Readers.PdfText(_built.Pdf);
        foreach (var label in new[] { "1,500", "Canal lining", "Programme", "US$ million", "km³ per year" })
            Assert.Contains(label, text);
    }

    [Fact]
    public void The_docx_has_one_native_chart_per_chart_table_with_the_tables_values()
    {
        Assert.Empty(Readers.DocxErrors(_built.Docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(_built.Docx), false);
        var main = doc.MainDocumentPart!;
        var tables = main.Document.Body!.Elements<W.Table>().ToList();
        var drawings = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().ToList();
        Assert.Equal(5, drawings.Count);
        Assert.Equal(5, main.ChartParts.Count());
        var kinds = new[] { "bar", "bar", "bar", "bar", "line" };
        for (var i = 0; i < 5; i++)
        {
            var inline = drawings[i];
            Assert.False(string.IsNullOrWhiteSpace(inline.DocProperties!.Description));
            var id = inline.Descendants<C.ChartReference>().Single().Id!.Value!;
            var part = (ChartPart)main.GetPartById(id);
            var space = part.ChartSpace!;
            Assert.Equal(kinds[i], space.Descendants<C.LineChart>().Any() ? "line" : space.Descendants<C.BarChart>().Any() ? "bar" : "?");
            var cells = tables[i].Elements<W.TableRow>().Skip(1).Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
            var categories = space.Descendants<C.CategoryAxisData>().First().Descendants<C.StringPoint>().Select(p => p.InnerText).ToList();
            Assert.Equal(cells.Select(r => r[0]), categories);
            var header = tables[i].Elements<W.TableRow>().First().Elements<W.TableCell>().Select(c => c.InnerText).ToList();
            foreach (var series in space.Descendants<C.Values>())
            {
                var name = series.Parent!.Descendants<C.SeriesText>().Single().Descendants<C.StringPoint>().Single().InnerText;
                var column = header.IndexOf(name);
                Assert.True(column > 0, $"series '{name}' is a column of table {i + 1}");
                var points = series.Descendants<C.NumericPoint>().ToDictionary(p => (int)p.Index!.Value, p => double.Parse(p.InnerText, System.Globalization.CultureInfo.InvariantCulture));
                for (var r = 0; r < cells.Count; r++)
                {
                    var (ok, value) = ChartNumber.Read(cells[r][column], "en-US");
                    Assert.True(ok);
                    if (value is null) Assert.False(points.ContainsKey(r)); // a blank cell is a gap
                    else Assert.Equal(value.Value, points[r]);
                }
            }
            // The embedded workbook holds the same numbers, where the formulas say.
            var workbookPart = part.EmbeddedPackagePart!;
            using var xlsx = SpreadsheetDocument.Open(workbookPart.GetStream(), false);
            var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var sheetCells = sheet.Descendants<X.Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
            Assert.Equal(cells[0][0], sheetCells["A2"]);
            var firstSeries = space.Descendants<C.Values>().First().Descendants<C.NumericPoint>().First();
            Assert.Equal(firstSeries.InnerText, sheetCells["B" + (firstSeries.Index!.Value + 2)]);
        }
    }

    [Fact]
    public void A_second_build_gives_the_same_bytes()
    {
        Assert.Equal(_built.Pdf, _built.SecondPdf);
        Assert.Equal(_built.Docx, _built.SecondDocx);
    }

    private static List<DictionaryToken> StructureElements(PdfDocument pdf)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var result = new List<DictionaryToken>();
        var seen = new HashSet<long>();
        void Walk(IToken token)
        {
            if (token is IndirectReferenceToken r && !seen.Add(r.Data.ObjectNumber)) return;
            switch (Resolve(pdf, token))
            {
                case DictionaryToken d when d.TryGet(NameToken.S, out NameToken _) || d.ContainsKey(NameToken.K):
                    if (d.ContainsKey(NameToken.S)) result.Add(d);
                    if (d.Data.TryGetValue("K", out var k)) Walk(k);
                    break;
                case ArrayToken a:
                    foreach (var item in a.Data) Walk(item);
                    break;
            }
        }
        Walk(catalog.Data["StructTreeRoot"]);
        return result;
    }

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;
}
