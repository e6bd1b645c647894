using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

public class NewAndTemplatesCommandTests
{
    [Fact]
    public void New_scaffolds_a_brief_that_builds_and_refuses_to_overwrite()
    {
        using var ws = new Workspace();
        var run = CliRun.Of("new", "my-brief", "--title", "A \"Quoted\" Title: With Colon", "--date", "2026-02-03", "--content", ws.Content);
        Assert.Equal(0, run.Exit);
        Assert.True(File.Exists(Path.Combine(ws.Content, "my-brief", "brief.md")));

        var next = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.Equal($"build it with: brief build my-brief --content {ws.Content}", next);
        var build = CliRun.Of(next["build it with: brief ".Length..].Split(' ').Concat(new[] { "--templates", RepoPaths.Templates, "--out", ws.Out }).ToArray());
        Assert.True(build.Exit == 0, build.Err);
        Assert.Equal("", build.Err);
        var text = Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "my-brief", "policy-brief.pdf")));
        Assert.Contains("A \"Quoted\" Title: With Colon", text);
        Assert.Contains("Table 1: Policy options compared", text);

        var again = CliRun.Of("new", "my-brief", "--title", "X", "--content", ws.Content);
        Assert.Equal(1, again.Exit);
        Assert.Contains("error BG051", again.Err);
    }

    [Fact]
    public void New_names_the_build_command_with_the_content_folder_only_when_it_is_not_the_default()
    {
        Assert.Equal("brief build demo", BriefGenerator.Cli.NewCommand.BuildCommandFor("demo", "content"));
        Assert.Equal("brief build demo --content ../pub/content", BriefGenerator.Cli.NewCommand.BuildCommandFor("demo", "../pub/content"));
        Assert.Equal("brief build demo --content 'My Briefs/content'", BriefGenerator.Cli.NewCommand.BuildCommandFor("demo", "My Briefs/content"));
    }

    [Fact]
    public void New_refuses_bad_slugs()
    {
        using var ws = new Workspace();
        Assert.Equal(1, CliRun.Of("new", "../escape", "--title", "X", "--content", ws.Content).Exit);
        Assert.Empty(Directory.GetFileSystemEntries(ws.Content));
    }

    [Fact]
    public void Templates_lists_each_template_with_its_description()
    {
        var run = CliRun.Of("templates", "--templates", RepoPaths.Templates);
        Assert.Equal(0, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("policy-brief ") && l.Contains("cover page"));
        Assert.DoesNotContain(lines, l => l.StartsWith("fonts"));
    }
}
