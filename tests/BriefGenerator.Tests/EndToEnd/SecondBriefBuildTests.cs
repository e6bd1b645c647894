using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>A brief written by someone else (Unicode names, five-column tables, nested numbered lists, links,
/// a caption after its table, an overlong URL) builds the same way as the seed.</summary>
public class SecondBriefBuildTests
{
    [Fact]
    public void Fergana_brief_builds_with_exact_unicode_and_all_tables()
    {
        using var ws = new Workspace();
        ws.AddBrief("fergana-water", File.ReadAllText(RepoPaths.TestData("briefs", "fergana-water", "brief.md")));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(new[] { "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out }, stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal("", stderr.ToString());

        var pdf = File.ReadAllBytes(Path.Combine(ws.Out, "fergana-water", "policy-brief.pdf"));
        var text = Readers.PdfText(pdf);
        foreach (var s in new[] { "Гулнора Раҳимова", "Şahin Öztürk", "Oʻktam Yoʻldoshev", "Oʻzbekiston", "Кыргызстан", "Тоҷикистон",
                                  "Basin area (km²)", "Main reservoir", "Who Uses the Water", "Funding the Fix", "Recommendations",
                                  "Table 1: Water withdrawal in the Fergana Valley, 2024", "Table 2: Funding needs by component" })
            Assert.Contains(s, text);

        var docx = File.ReadAllBytes(Path.Combine(ws.Out, "fergana-water", "policy-brief.docx"));
        Assert.Empty(Readers.DocxErrors(docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var tables = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().ToList();
        Assert.Equal(new[] { 5, 3 }, tables.Select(t => t.Elements<W.TableRow>().First().Elements<W.TableCell>().Count()));
        Assert.Contains(doc.MainDocumentPart.HyperlinkRelationships, r => r.Uri.ToString().StartsWith("https://example.org/data"));
    }
}
