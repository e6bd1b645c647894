using BriefGenerator.Tests.Support;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.Templating;

/// <summary>The one-pager and annex templates, built from a brief that names all three templates.</summary>
public class MoreTemplatesTests
{
    private static string Seed(string templates) =>
        File.ReadAllText(RepoPaths.SeedBrief).Replace("templates:\n  - policy-brief", "templates:\n" + templates);

    [Fact]
    public void A_brief_naming_three_templates_gets_three_pdfs_and_three_docx()
    {
        using var ws = new Workspace();
        ws.AddBrief("seed", Seed("  - policy-brief\n  - one-pager\n  - annex"));
        var run = CliRun.Build(ws);
        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal("", run.Err);
        foreach (var t in new[] { "policy-brief", "one-pager", "annex" })
        {
            Assert.True(File.Exists(Path.Combine(ws.Out, "seed", $"{t}.pdf")), t);
            Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(ws.Out, "seed", $"{t}.docx"))));
        }

        using var onePager = PdfDocument.Open(Path.Combine(ws.Out, "seed", "one-pager.pdf"));
        Assert.Equal(1, onePager.NumberOfPages);
        var text = Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "seed", "one-pager.pdf")));
        Assert.Contains("Key points", text);
        Assert.Contains("Table 1: Focus areas of US–Uzbekistan cooperation", text);
        Assert.DoesNotContain("Table 2:", text);

        using var annex = PdfDocument.Open(Path.Combine(ws.Out, "seed", "annex.pdf"));
        Assert.All(annex.GetPages(), p => Assert.True(p.Width > p.Height, "annex pages are landscape"));
        var annexText = Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "seed", "annex.pdf")));
        for (var n = 1; n <= 6; n++) Assert.Contains($"Table {n}:", annexText);
        Assert.DoesNotContain("In Retrospect", annexText);
    }

    [Fact]
    public void A_one_pager_that_runs_over_is_a_warning_not_an_error()
    {
        using var ws = new Workspace();
        var points = string.Concat(Enumerable.Range(1, 60).Select(i => $"  - Key point number {i} that goes on for a while to fill the page with text.\n"));
        ws.AddBrief("long", $"---\ntitle: Long\ndate: 2026-01-15\nkey_points:\n{points}templates: [one-pager]\n---\n\n## One\n\nText.\n");
        var run = CliRun.Build(ws);
        Assert.Equal(0, run.Exit);
        Assert.Contains("warning BG041", run.Err);
        Assert.Equal(1, CliRun.Build(ws, "--force", "--warn-as-error").Exit);
    }

    [Fact]
    public void Templates_command_lists_at_least_three()
    {
        var run = CliRun.Of("templates", "--templates", RepoPaths.Templates);
        var names = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(new[] { "annex", "one-pager", "policy-brief" }, names);
    }
}
