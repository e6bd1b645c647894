using System.Text;
using System.Text.RegularExpressions;
using BriefGenerator.Build;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Tables;

/// <summary>A large table reaches both outputs whole: every row in the PDF's text (PdfPig) and in the DOCX's table
/// (Open XML SDK, validated), in order. The DOCX's rows are written out one by one rather than held as elements
/// (StreamedRows), so cells that need escaping, links (relationship ids) and the header row are checked too.</summary>
public class LargeTableTests
{
    private const int Rows = 3000;

    // The table bench/compare.sh builds; with links, markup that needs escaping and a link every 500 rows (without, the
    // document parser reads the rows a slice at a time: DeferredRows).
    private static string Brief(int rows, bool links = true)
    {
        var sb = new StringBuilder("---\ntitle: A Brief With a Large Table\ndate: 2026-01-15\n---\n\nA lede paragraph.\n\n## The Data {#data}\n\n");
        sb.Append("Table: Every district and its figures {#tbl-data}\n\n| District | Region | Population | Water use (m³) | Note |\n|:--|:--|--:|--:|:--|\n");
        for (var i = 1; i <= rows; i++)
        {
            var note = links && i % 500 == 0 ? $"See [the survey](https://example.org/survey/{i}) & a < b" : $"Irrigation canal {i % 9} needs lining";
            sb.Append($"| District {i} | Region {i % 14} | {10_000 + i * 37:N0} | {i * 1.7:F1} | {note} |\n");
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_row_of_a_3000_row_table_is_in_the_PDF_and_the_DOCX_in_order(bool links)
    {
        using var ws = new Workspace();
        ws.AddBrief("table", Brief(Rows, links));
        var result = new BriefBuilder(RendererSet.All).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Force = true,
        });
        Assert.False(result.HasErrors);

        // PDF: each row's first cell once, in order (the repeated header says "District" alone).
        var text = Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "table", "policy-brief.pdf")));
        var districts = Regex.Matches(text, @"District (\d+) Region (\d+)").Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(Enumerable.Range(1, Rows).Select(i => (i, i % 14)), districts);
        Assert.Equal(links ? Rows / 500 : 0, Regex.Matches(text, "See the survey & a < b").Count);

        // DOCX: one table, the header row then every body row with all five cells.
        var docx = File.ReadAllBytes(Path.Combine(ws.Out, "table", "policy-brief.docx"));
        Assert.Empty(Readers.DocxErrors(docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart!;
        var rows = Assert.Single(main.Document.Body!.Elements<W.Table>()).Elements<W.TableRow>().ToList();
        Assert.Equal(Rows + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.Equal(new[] { "District", "Region", "Population", "Water use (m³)", "Note" }, Cells(rows[0]));
        for (var i = 1; i <= Rows; i++)
        {
            var cells = Cells(rows[i]);
            Assert.Equal($"District {i}", cells[0]);
            Assert.Equal($"Region {i % 14}", cells[1]);
            Assert.Equal(links && i % 500 == 0 ? "See the survey & a < b" : $"Irrigation canal {i % 9} needs lining", cells[4]);
        }
        // The links in cells point at their targets through the document's relationships.
        var hyperlinks = rows.SelectMany(r => r.Descendants<W.Hyperlink>()).ToList();
        Assert.Equal(links ? Rows / 500 : 0, hyperlinks.Count);
        Assert.All(hyperlinks.Select((l, k) => (l, k)), x =>
            Assert.Equal($"https://example.org/survey/{(x.k + 1) * 500}", main.HyperlinkRelationships.Single(h => h.Id == x.l.Id!.Value).Uri.ToString()));
    }

    private static string[] Cells(W.TableRow row) =>
        row.Elements<W.TableCell>().Select(c => string.Concat(c.Descendants<W.Text>().Select(t => t.Text))).ToArray();

    [Fact]
    public void A_brief_over_4_MiB_is_read_whole_and_one_over_16_MiB_is_refused()
    {
        using var ws = new Workspace();
        var big = Brief(52_000); // about 4.5 MB: over the old 4 MiB limit
        Assert.True(Encoding.UTF8.GetByteCount(big) > 4 * 1024 * 1024);
        var path = ws.AddBrief("table", big);
        var bag = new DiagnosticBag();
        var brief = ContentLoader.Load(path, "brief.md", bag);
        Assert.NotNull(brief);
        Assert.DoesNotContain(bag, d => d.Code == "BG001");
        Assert.Equal(52_000, Assert.Single(brief!.Tables).Rows.Count);

        File.AppendAllText(path, new string('x', SourceText.MaxBriefBytes));
        bag = new DiagnosticBag();
        Assert.Null(ContentLoader.Load(path, "brief.md", bag));
        Assert.Contains(bag, d => d.Code == "BG001" && d.Message.Contains("16,777,216"));
    }
}
