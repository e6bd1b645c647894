using System.Text.Json;
using BriefGenerator.Cli;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>A brief's failure, a user mistake or a bug, never stops the other briefs or the build report.</summary>
public class BriefIsolationTests
{
    private const string Good = "---\ntitle: Good Brief\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    /// <summary>Throws for the brief titled "Boom" only: a bug that hits one brief of several.</summary>
    private sealed class BoomRenderer : IDocumentRenderer
    {
        private readonly IDocumentRenderer _inner = new DocxRenderer();
        public string Format => "docx";

        public byte[] Render(BriefDocument document, RenderContext context) =>
            document.Info.Title == "Boom" ? throw new InvalidOperationException("bug on purpose") : _inner.Render(document, context);
    }

    private static List<(string Slug, string Status, string[] Codes)> Report(Workspace ws)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ws.Out, "build-report.json")));
        return json.RootElement.GetProperty("briefs").EnumerateArray()
            .Select(b => (b.GetProperty("slug").GetString()!, b.GetProperty("status").GetString()!,
                b.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray()))
            .OrderBy(b => b.Item1, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void A_brief_with_a_user_mistake_fails_alone_and_the_report_lists_both()
    {
        using var ws = new Workspace();
        ws.AddBrief("good", Good);
        // A theme-independent user mistake deep in the body: inline nesting past the Markdown reader's limit.
        ws.AddBrief("bad", Good.Replace("Text.", string.Concat(Enumerable.Repeat("*_", 3000)) + "x" + string.Concat(Enumerable.Repeat("_*", 3000))));
        var run = CliRun.Build(ws);

        Assert.Equal(1, run.Exit);
        Assert.Contains("bad/brief.md(10,1): error BG026:", run.Err.Replace('\\', '/'));
        Assert.True(File.Exists(Path.Combine(ws.Out, "good", "policy-brief.pdf")));
        Assert.True(File.Exists(Path.Combine(ws.Out, "good", "policy-brief.docx")));
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "bad")));
        var report = Report(ws);
        Assert.Equal(new[] { "bad", "good" }, report.Select(r => r.Slug));
        Assert.Equal("failed", report[0].Status);
        Assert.Equal(new[] { "BG026" }, report[0].Codes);
        Assert.Equal("built", report[1].Status);
    }

    [Fact]
    public void A_bug_in_one_brief_exits_3_but_the_other_briefs_are_built_and_reported()
    {
        using var ws = new Workspace();
        ws.AddBrief("good", Good);
        ws.AddBrief("boom", Good.Replace("Good Brief", "Boom"));
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(new[] { "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out },
            stdout, stderr, new IDocumentRenderer[] { new PdfRenderer(), new BoomRenderer() });

        Assert.Equal(3, exit);
        Assert.Contains("error BG089: internal error while building this brief: InvalidOperationException: bug on purpose", stderr.ToString());
        Assert.True(File.Exists(Path.Combine(ws.Out, "good", "policy-brief.docx")));
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "boom")));
        var report = Report(ws);
        Assert.Equal(new[] { ("boom", "failed"), ("good", "built") }, report.Select(r => (r.Slug, r.Status)));
        Assert.Equal(new[] { "BG089" }, report[0].Codes);
    }
}
