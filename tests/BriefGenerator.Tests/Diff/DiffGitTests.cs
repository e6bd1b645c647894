using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Diff;

/// <summary><c>brief diff REV1 REV2 -- PATH</c> in a temporary git repository, run as a process from inside it: the
/// briefs are read through git, with no checkout, and bad revisions or paths are clear errors with exit 2.</summary>
public sealed class DiffGitTests : IDisposable
{
    private const string V1 = "---\ntitle: Water\ndate: 2026-01-15\n---\n\nLede.\n\nTable: Budget\n\n| Item | Cost |\n|---|---:|\n| Canal lining | 210 |\n";
    private readonly Workspace _ws = new();

    public DiffGitTests()
    {
        Git("init", "-q", "-b", "main");
        _ws.AddBrief("water", V1);
        Git("add", "-A");
        Git("commit", "-q", "-m", "v1");
        _ws.AddBrief("water", V1.Replace("| 210 |", "| 240 |"));
        Git("commit", "-q", "-am", "v2");
        _ws.AddBrief("water", V1.Replace("| 210 |", "| 250 |")); // the working copy, not committed
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Two_revisions_of_a_brief_folder_are_compared_through_git()
    {
        var run = Brief("diff", "HEAD~1", "HEAD", "--", "content/water");
        Assert.Equal(1, run.Exit);
        Assert.Equal("--- HEAD~1:content/water/brief.md\n+++ HEAD:content/water/brief.md\nlede\n  Budget, Canal lining: 210 → 240 (+14%)\n1 table cell changed\n", run.Out);
        Assert.Equal(0, Brief("diff", "HEAD", "main", "--", "content/water/brief.md").Exit);
    }

    [Fact]
    public void One_revision_is_compared_with_the_working_copy()
    {
        var run = Brief("diff", "HEAD", "--", "content/water");
        Assert.Equal(1, run.Exit);
        Assert.Contains("Budget, Canal lining: 240 → 250 (+4.2%)", run.Out);
    }

    [Fact]
    public void Unknown_revisions_and_paths_outside_the_repository_exit_2()
    {
        var run = Brief("diff", "no-such-rev", "HEAD", "--", "content/water");
        Assert.Equal(2, run.Exit);
        Assert.Contains("error BG095: unknown revision 'no-such-rev'", run.Err);
        run = Brief("diff", "HEAD~1", "HEAD", "--", "/etc");
        Assert.Equal(2, run.Exit);
        Assert.Contains("is outside the repository", run.Err);
        run = Brief("diff", "HEAD~1", "HEAD", "--", "content/none");
        Assert.Equal(2, run.Exit);
        Assert.Contains("has no file 'content/none'", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    private ProcessRun Brief(params string[] args) =>
        ProcessRun.Of("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "brief.dll") }.Concat(args), _ws.Root);

    private void Git(params string[] args) =>
        ProcessRun.Succeeding("git", new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false" }.Concat(args), _ws.Root);
}
