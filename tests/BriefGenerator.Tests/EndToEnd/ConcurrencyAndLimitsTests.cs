using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Two builds into one output folder at once, and inputs past the limits.</summary>
public class ConcurrencyAndLimitsTests
{
    [Fact]
    public async Task Two_builds_into_the_same_output_folder_at_once_leave_valid_files()
    {
        using var ws = new Workspace();
        for (var i = 0; i < 4; i++) ws.AddBrief($"b{i}", $"---\ntitle: Brief {i}\ndate: 2026-01-15\n---\n\n## One\n\nText {i}.\n");
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Force = true };
        var builds = Enumerable.Range(0, 2).Select(_ => Task.Run(() => new BriefBuilder(RendererSet.All).Build(options))).ToArray();
        var results = await Task.WhenAll(builds);
        Assert.All(results, r => Assert.False(r.HasErrors));
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains($"Brief {i}", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, $"b{i}", "policy-brief.pdf"))));
            Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(ws.Out, $"b{i}", "policy-brief.docx"))));
        }
        Assert.Empty(Directory.GetFiles(ws.Out, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_a_located_error()
    {
        using var ws = new Workspace();
        ws.AddBrief("huge", "---\ntitle: Huge\ndate: 2026-01-15\n---\n\n" + new string('x', 17 * 1024 * 1024));
        var run = CliRun.Build(ws);
        Assert.Equal(1, run.Exit);
        Assert.Contains("brief.md(1,1): error BG001: file is", run.Err);
    }

    [Fact]
    public void A_list_nested_sixty_levels_deep_fails_cleanly_within_seconds()
    {
        using var ws = new Workspace();
        var list = string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', 2 * i) + $"- level {i}\n"));
        ws.AddBrief("deep", "---\ntitle: Deep\ndate: 2026-01-15\n---\n\n## One\n\n" + list);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = CliRun.Build(ws);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(1, run.Exit);
        Assert.Contains("error BG026", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }
}
