using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary><c>brief new</c> never writes a brief that does not load: a title with a line break is refused, and a
/// title full of YAML's special characters is written so that it loads back exactly.</summary>
public class NewCommandTitleTests
{
    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("tab\there")]
    [InlineData("   ")]
    public void A_title_that_is_not_one_line_of_text_is_a_usage_error_and_nothing_is_written(string title)
    {
        using var ws = new Workspace();
        var run = CliRun.Of("new", "odd", "--title", title, "--content", ws.Content, "--date", "2026-01-15");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--title must be one line of text", run.Err);
        Assert.False(Directory.Exists(Path.Combine(ws.Content, "odd")));
    }

    [Theory]
    [InlineData("a: \"b\" \\ c #d")]
    [InlineData("- [x] {y}: 'z' & *w | >v")]
    [InlineData("Ünïcødé — “quoted” title")]
    public void A_title_with_yaml_specials_loads_back_exactly(string title)
    {
        using var ws = new Workspace();
        Assert.Equal(0, CliRun.Of("new", "odd", "--title", title, "--content", ws.Content, "--date", "2026-01-15").Exit);
        var bag = new DiagnosticBag();
        var brief = ContentLoader.Load(Path.Combine(ws.Content, "odd", "brief.md"), "brief.md", bag);
        Assert.NotNull(brief);
        Assert.Equal(title, brief!.Metadata.Title);
    }
}
