using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Content;

/// <summary>Every YAML mistake in front matter is a located BG003 for its own brief; the other briefs of the build
/// still build and report their own errors (never an internal error, exit 3).</summary>
public class FrontMatterRobustnessTests
{
    private const string Body = "---\n\nLede.\n\n## One\n\nText.\n";

    [Theory]
    [InlineData("title: A\nsubtitle: [unclosed\ndate: 2026-01-15\n", 3, 11)]
    [InlineData("title: A\nsubtitle: {unclosed\ndate: 2026-01-15\n", 3, 11)]
    [InlineData("title: \"A\ndate: 2026-01-15\n", 0, 0)]
    [InlineData("title: A\n  - x\n\tdate: 2026\n", 0, 0)]
    [InlineData("title: A\nkeywords: [a, [b, c]\ndate: 2026-01-15\n", 0, 0)]
    public void A_yaml_typo_is_a_located_BG003_and_the_other_briefs_still_build(string yaml, int line, int column)
    {
        using var ws = new Workspace();
        ws.AddBrief("broken", "---\n" + yaml + Body);
        ws.AddBrief("bad-date", "---\ntitle: Bad Date\ndate: 2026-13-45\n" + Body);
        ws.AddBrief("good", "---\ntitle: Good\ndate: 2026-01-15\n" + Body);

        var run = CliRun.Build(ws);

        Assert.Equal(1, run.Exit);
        Assert.DoesNotContain("bug", run.Err, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Err);
        var at = line > 0 ? $"({line},{column})" : @"\(\d+,\d+\)";
        Assert.Matches(@"broken[/\\]brief\.md" + (line > 0 ? System.Text.RegularExpressions.Regex.Escape(at) : at) + ": error BG003: front matter is not valid YAML: ", run.Err);
        Assert.Contains("error BG005:", run.Err);
        Assert.True(File.Exists(Path.Combine(ws.Out, "good", "policy-brief.pdf")));
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "broken")));
    }
}
