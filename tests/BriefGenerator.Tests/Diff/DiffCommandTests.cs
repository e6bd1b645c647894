using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Diff;

/// <summary><c>brief diff</c> on files and folders in process: exit codes, formats, and bad input that gives a clear
/// error and exit 2, never a stack trace.</summary>
public class DiffCommandTests
{
    private const string Brief = "---\ntitle: Good\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText of one.\n";

    [Fact]
    public void Same_briefs_exit_0_and_different_ones_exit_1()
    {
        using var ws = new Workspace();
        var a = ws.AddBrief("a", Brief);
        ws.AddBrief("b", Brief.Replace("Text of one.", "Text of the first."));
        var same = CliRun.Of("diff", a, a);
        Assert.Equal(0, same.Exit);
        Assert.EndsWith("the briefs read the same\n", same.Out);
        var different = CliRun.Of("diff", Path.Combine(ws.Content, "a"), Path.Combine(ws.Content, "b"));
        Assert.Equal(1, different.Exit);
        Assert.Contains("paragraph changed (line 10): Text of [-one.-] {+the first.+}", different.Out);
        Assert.Equal("", different.Err);
    }

    [Fact]
    public void Json_and_markdown_formats_carry_the_same_changes()
    {
        using var ws = new Workspace();
        var a = ws.AddBrief("a", Brief);
        var b = ws.AddBrief("b", Brief.Replace("Text of one.", "Text of the first."));
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Of("diff", a, b, "--format", "json").Out).RootElement;
        Assert.False(json.GetProperty("equal").GetBoolean());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("paragraphs").GetInt32());
        var change = json.GetProperty("changes")[0];
        Assert.Equal("Text of one.", change.GetProperty("old").GetString());
        Assert.Equal("Text of the first.", change.GetProperty("new").GetString());
        var md = CliRun.Of("diff", a, b, "--format", "md");
        Assert.Equal(1, md.Exit);
        Assert.Contains("- paragraph changed (line 10): Text of ~~one.~~ **the first.**", md.Out);
    }

    [Fact]
    public void A_missing_side_exits_2_with_a_clear_error()
    {
        using var ws = new Workspace();
        var a = ws.AddBrief("a", Brief);
        var run = CliRun.Of("diff", a, Path.Combine(ws.Root, "nowhere.md"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("error BG095: ", run.Err);
        Assert.Contains("is not a brief file or folder", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_side_that_fails_to_load_exits_2_with_its_located_diagnostics()
    {
        using var ws = new Workspace();
        var a = ws.AddBrief("a", Brief);
        var b = ws.AddBrief("b", "---\ntitle: Bad\ndate: 2026-01-15\nkeywords: [a, b\n---\n\n## One\n");
        var run = CliRun.Of("diff", a, b);
        Assert.Equal(2, run.Exit);
        Assert.Matches(@"content/b/brief\.md\(\d+,\d+\): error BG003: ", ws.Relative(run.Err));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Binary_and_huge_files_are_refused_with_exit_2()
    {
        using var ws = new Workspace();
        var a = ws.AddBrief("a", Brief);
        var binary = Path.Combine(ws.Root, "binary.md");
        File.WriteAllBytes(binary, new byte[] { 0x2d, 0x2d, 0x2d, 0, 1, 2 });
        var huge = Path.Combine(ws.Root, "huge.md");
        File.WriteAllText(huge, Brief + new string('x', 17 * 1024 * 1024));
        var run = CliRun.Of("diff", a, binary);
        Assert.Equal(2, run.Exit);
        Assert.Contains("error BG001: file is binary", run.Err);
        run = CliRun.Of("diff", huge, a);
        Assert.Equal(2, run.Exit);
        Assert.Contains("error BG001: file is ", run.Err);
        Assert.Contains("limit", run.Err);
    }

    [Fact]
    public void Too_few_sides_or_two_paths_after_the_dashes_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Of("diff", "only-one.md").Exit);
        var run = CliRun.Of("diff", "HEAD", "--", "a", "b");
        Assert.Equal(2, run.Exit);
        Assert.Contains("usage: brief diff", run.Err);
    }
}
