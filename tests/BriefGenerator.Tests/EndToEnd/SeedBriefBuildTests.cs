using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>`brief build` on the seed brief, read back as a reader would: every section title, every table header
/// and first-column cell in both formats; six DOCX tables of 3,2,2,2,2,3 columns; zero validator errors.</summary>
public class SeedBriefBuildTests : IClassFixture<SeedBuildFixture>
{
    private readonly SeedBuildFixture _build;
    private readonly Brief _brief;

    public SeedBriefBuildTests(SeedBuildFixture build)
    {
        _build = build;
        _brief = ContentLoader.Load(RepoPaths.SeedBrief, "brief.md", new DiagnosticBag())!;
    }

    [Fact]
    public void Build_succeeds_quietly_and_writes_both_formats()
    {
        Assert.Equal(0, _build.ExitCode);
        Assert.Equal("", _build.StdErr);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(_build.Pdf, 0, 5));
        Assert.Equal((byte)'P', _build.Docx[0]);
        Assert.Contains("1 built, 0 skipped, 0 failed", _build.StdOut);
    }

    [Fact]
    public void Pdf_has_every_section_title_table_header_and_first_column_cell()
    {
        var text = Readers.PdfText(_build.Pdf);
        Assert.Equal(7, _brief.Sections.Count);
        foreach (var section in _brief.Sections) Assert.Contains(section.Title, text);
        foreach (var table in _brief.Tables)
        {
            foreach (var column in table.Columns) Assert.Contains(column.Title, text);
            foreach (var row in table.Rows) Assert.Contains(row[0], text);
            Assert.Contains($"Table {table.Number}: {table.Caption}", text);
        }
    }

    [Fact]
    public void Docx_has_six_tables_with_the_seed_column_counts_and_validates()
    {
        Assert.Empty(Readers.DocxErrors(_build.Docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(_build.Docx), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var tables = body.Descendants<W.Table>().ToList();
        Assert.Equal(new[] { 3, 2, 2, 2, 2, 3 }, tables.Select(t => t.Elements<W.TableRow>().First().Elements<W.TableCell>().Count()));
        var text = Readers.Collapse(string.Join(' ', body.Descendants<W.Paragraph>().Select(p => p.InnerText)));
        foreach (var section in _brief.Sections) Assert.Contains(section.Title, text);
        foreach (var table in _brief.Tables)
        {
            foreach (var column in table.Columns) Assert.Contains(column.Title, text);
            foreach (var row in table.Rows) Assert.Contains(row[0], text);
        }
    }
}
