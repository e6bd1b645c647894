using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>The brief that uses every construct, read back: superscripts raised in the PDF and <c>w:vertAlign</c> in
/// the DOCX, merged cells as <c>gridSpan</c>/<c>vMerge</c>, definition terms, and a valid DOCX.</summary>
public class EveryConstructBriefTests
{
    private static (byte[] Pdf, byte[] Docx, string Err) Build()
    {
        using var ws = new Workspace();
        ws.AddBrief("every-construct", File.ReadAllText(RepoPaths.TestData("briefs", "every-construct", "brief.md")));
        var run = CliRun.Build(ws);
        Assert.Equal(0, run.Exit);
        var dir = Path.Combine(ws.Out, "every-construct");
        return (File.ReadAllBytes(Path.Combine(dir, "policy-brief.pdf")), File.ReadAllBytes(Path.Combine(dir, "policy-brief.docx")), run.Err);
    }

    [Fact]
    public void Docx_has_scripts_merged_cells_and_definition_terms_and_is_valid()
    {
        var (_, docx, _) = Build();
        Assert.Empty(Readers.DocxErrors(docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var scripts = body.Descendants<VerticalTextAlignment>().Select(v => v.Val!.Value).ToList();
        Assert.Equal(2, scripts.Count(v => v == VerticalPositionValues.Superscript));
        Assert.Equal(2, scripts.Count(v => v == VerticalPositionValues.Subscript));
        var grid = body.Descendants<Table>().First();
        Assert.Equal(2, grid.Elements<TableRow>().Count(r => r.Descendants<TableHeader>().Any()));
        Assert.Contains(grid.Descendants<GridSpan>(), g => g.Val!.Value == 2);
        Assert.Contains(grid.Descendants<GridSpan>(), g => g.Val!.Value == 3);
        Assert.Contains(grid.Descendants<VerticalMerge>(), v => v.Val?.Value == MergedCellValues.Restart);
        Assert.Contains(grid.Descendants<VerticalMerge>(), v => v.Val is null || v.Val.Value == MergedCellValues.Continue);
        Assert.Equal(new[] { "Basin", "Allocation" }, body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "DefinitionTerm").Select(p => p.InnerText));
        var cell = body.Descendants<Table>().Last().Elements<TableRow>().Last().Elements<TableCell>().Last();
        Assert.Single(cell.Descendants<Break>());
    }

    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_the_merged_cells_header_groups_scripts_and_definitions_back()
    {
        var html = Docx.Pandoc.Convert(Build().Docx, "html");
        Assert.Contains("<th rowspan=\"2\">Area</th>", html);
        Assert.Contains("<th colspan=\"2\">Capacity</th>", html);
        Assert.Contains("<td colspan=\"3\">Zarafshan spans two columns</td>", html);
        Assert.Contains("<td rowspan=\"2\">Surkhan</td>", html);
        Assert.Contains("km<sup>3</sup>", html);
        Assert.Contains("CO<sub>2</sub>", html);
        Assert.Contains("<dt>Basin</dt>", html);
    }

    [Fact]
    public void Pdf_raises_superscripts_lowers_subscripts_and_draws_spanning_cells_once()
    {
        var (pdf, _, _) = Build();
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPages().First(p => p.Text.Contains("emissions"));
        var words = page.GetWords().ToList();
        var letters = page.Letters.ToList();
        int at = Enumerable.Range(0, letters.Count - 2).First(i => letters[i].Value == "k" && letters[i + 1].Value == "m" && letters[i + 2].Value == "3");
        var (k, three) = (letters[at], letters[at + 2]);
        Assert.True(three.StartBaseLine.Y > k.StartBaseLine.Y + 2, "the 3 of km³ sits above the baseline");
        Assert.True(three.PointSize < k.PointSize, "and is smaller");
        int co = Enumerable.Range(0, letters.Count - 2).First(i => letters[i].Value == "C" && letters[i + 1].Value == "O" && letters[i + 2].Value == "2");
        Assert.True(letters[co + 2].StartBaseLine.Y < letters[co].StartBaseLine.Y - 0.5, "the 2 of CO₂ sits below it");
        var y2020 = words.Single(w => w.Text == "2020");
        Assert.Single(words, w => w.Text == "Zarafshan"); // a cell spanning columns is drawn once
        var capacity = words.Where(w => w.Text == "Capacity").OrderBy(w => Math.Abs(w.BoundingBox.Left - y2020.BoundingBox.Left)).First();
        Assert.True(Math.Abs(capacity.BoundingBox.Left - y2020.BoundingBox.Left) < 1, "the group heading starts over its first column");
        Assert.True(capacity.BoundingBox.Bottom > y2020.BoundingBox.Top, "above the years");
        var lineOne = words.Single(w => w.Text == "one");
        var lineTwo = words.Single(w => w.Text == "two" && Math.Abs(w.BoundingBox.Left - lineOne.BoundingBox.Left) < 1);
        Assert.True(lineTwo.BoundingBox.Top < lineOne.BoundingBox.Bottom, "<br> in a cell starts a new line");
    }

    [Fact]
    public void Rows_joined_by_a_cell_taller_than_a_page_run_on_across_pages_and_lose_nothing()
    {
        var tall = string.Concat(Enumerable.Range(0, 700).Select(i => $"| word{i,-6} | {(i == 0 ? "1" : " ")}   |\n"));
        var brief = "---\ntitle: Tall\ndate: 2026-01-15\n---\n\n## S\n\n+------------+-----+\n| Area       | N   |\n+============+=====+\n"
                    + tall + "+            +-----+\n|            | 2   |\n+------------+-----+\n";
        using var ws = new Workspace();
        ws.AddBrief("tall", brief);
        var run = CliRun.Build(ws, "--warn-as-error");
        Assert.Equal(0, run.Exit);
        var pages = Readers.PdfPageTexts(File.ReadAllBytes(Path.Combine(ws.Out, "tall", "policy-brief.pdf")));
        var words = string.Join(' ', pages).Split(' ').ToHashSet();
        Assert.All(Enumerable.Range(0, 700), i => Assert.Contains($"word{i}", words));
        Assert.True(pages.Count(p => p.Contains("word")) >= 2, "the spanning cell runs on to the next page");
    }
}
