using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Two briefs written for the layout issue (#14) and built in all three templates: a donor ledger with a
/// six-column table of text and numbers that runs over a page, and a survey with forty short sections. Every output
/// builds without a warning, the DOCX files validate, nothing of the body is lost in the policy brief, the long
/// table says "Table 1 (continued)", the cover carries the series and number, and no page is left with only its
/// running head and foot.</summary>
public class UnseenBriefTests
{
    private static readonly string[] Templates = { "policy-brief", "one-pager", "annex" };

    private static (string Out, string Stderr) Build(Workspace ws, string slug)
    {
        ws.AddBrief(slug, File.ReadAllText(RepoPaths.TestData("briefs", slug, "brief.md")));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(new[] { "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out }, stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        return (Path.Combine(ws.Out, slug), stderr.ToString());
    }

    private static void EveryOutputIsSound(string folder)
    {
        foreach (var template in Templates)
        {
            Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(folder, template + ".docx"))));
            var pages = Readers.PdfPageTexts(File.ReadAllBytes(Path.Combine(folder, template + ".pdf")));
            // A page's text without its running head and foot ("Page N of M") still says something.
            Assert.All(pages, p => Assert.True(Readers.Collapse(p).Split(' ').Length > 12, $"{template}: a page holds only: {p}"));
        }
    }

    [Fact]
    public void The_donor_ledger_keeps_every_row_and_continues_its_long_table()
    {
        using var ws = new Workspace();
        var (folder, stderr) = Build(ws, "donor-ledger");
        Assert.Equal("", stderr);
        EveryOutputIsSound(folder);
        var pages = Readers.PdfPageTexts(File.ReadAllBytes(Path.Combine(folder, "policy-brief.pdf")));
        var text = Readers.Collapse(string.Join(' ', pages));
        foreach (var cell in new[] { "Border Management in Central Asia (BOMCA)", "Safe Borders for Women Traders", "2003–2024", "155.3", "640 cases resolved", "18.5%" })
            Assert.Contains(cell, text);
        Assert.Contains("Table 1 (continued)", text);
        Assert.Contains("Policy Brief No. 2026/11", Readers.Collapse(pages[0]));
        Assert.Contains("How to cite this brief", Readers.Collapse(pages[^1]));
    }

    [Fact]
    public void Forty_short_sections_all_reach_the_policy_brief()
    {
        using var ws = new Workspace();
        var (folder, stderr) = Build(ws, "forty-sections");
        Assert.Equal("", stderr);
        EveryOutputIsSound(folder);
        var text = Readers.PdfText(File.ReadAllBytes(Path.Combine(folder, "policy-brief.pdf")));
        for (var i = 1; i <= 40; i++) Assert.Contains($"District {i}:", text);
        Assert.Contains("Working Paper No. 2026/04", text);
    }
}
