using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>The streamed build report is byte for byte the JSON tree <see cref="BuildReport.ToJson"/> describes.</summary>
public class BuildReportWriterTests
{
    private static string Brief(string title, string text) => $"---\ntitle: {title}\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\n{text}\n";

    [Fact]
    public void A_real_build_with_changes_is_written_as_the_tree_says()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha", "Text."));
        var beta = ws.AddBrief("beta", Brief("Beta", "Text."));
        var options = new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, ToolVersion = "9.9.9", Shard = Shard.TryParse("1/1"),
        };
        new BriefBuilder(RendererSet.All).Build(options);
        File.WriteAllText(beta, Brief("Beta", "Other text, “quoted” — and more."));
        var result = new BriefBuilder(RendererSet.All).Build(options);
        Assert.Contains(result.Briefs, b => b.Status == BriefStatus.Skipped);
        Assert.Contains(result.Briefs, b => b.Changes is not null);
        Same(result, options);
        Assert.Equal(BuildReportWriter.Utf8(result, options), File.ReadAllBytes(Path.Combine(ws.Out, BuildReport.FileName)));
    }

    [Fact]
    public void Diagnostics_with_and_without_places_missing_pages_and_no_shard_are_written_as_the_tree_says()
    {
        var diagnostics = new[]
        {
            new Diagnostic(Severity.Warning, "BG040", "no bundled font has a glyph for U+1F984 '🦄' \"quoted\" <tag> & \\", new SourceSpan("content/a/brief.md", 3, 7)),
            new Diagnostic(Severity.Error, "BG042", "cannot write the outputs", SourceSpan.None),
        };
        var outputs = new[] { new OutputFile("out/a/t.pdf", "pdf", 1234, new string('a', 64), 8), new OutputFile("out/a/t.docx", "docx", 99, new string('b', 64), null) };
        var result = new BuildResult(new DateTimeOffset(2026, 12, 1, 14, 0, 0, 123, TimeSpan.Zero), TimeSpan.FromMilliseconds(1234.5678),
            new[]
            {
                new BriefOutcome("a", "t", BriefStatus.Built, TimeSpan.FromMilliseconds(12.5), outputs, diagnostics),
                new BriefOutcome("b", "", BriefStatus.Failed, TimeSpan.FromMilliseconds(0.4), Array.Empty<OutputFile>(), diagnostics[1..]),
            }, diagnostics);
        Same(result, new BuildOptions { ToolVersion = "1.2.3" });
    }

    private static void Same(BuildResult result, BuildOptions options) =>
        Assert.Equal(JsonText.Text(BuildReport.ToJson(result, options)), System.Text.Encoding.UTF8.GetString(BuildReportWriter.Utf8(result, options)));
}
