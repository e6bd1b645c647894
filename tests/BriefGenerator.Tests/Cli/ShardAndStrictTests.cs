using BriefGenerator.Build;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

public class ShardAndStrictTests
{
    [Fact]
    public void Shards_partition_the_slugs_stably_and_completely()
    {
        var slugs = Enumerable.Range(0, 200).Select(i => $"brief-{i}").ToList();
        for (var n = 1; n <= 5; n++)
        {
            var shards = Enumerable.Range(1, n).Select(i => new Shard(i, n)).ToList();
            foreach (var slug in slugs) Assert.Equal(1, shards.Count(s => s.Contains(slug)));
        }
        Assert.Equal(new Shard(2, 3), Shard.TryParse("2/3"));
        Assert.Null(Shard.TryParse("0/3"));
        Assert.Null(Shard.TryParse("4/3"));
        Assert.Null(Shard.TryParse("x"));
    }

    [Fact]
    public void Shard_builds_together_cover_every_brief_once()
    {
        using var ws = new Workspace();
        var slugs = new[] { "a", "b", "c", "d", "e" };
        foreach (var s in slugs) ws.AddBrief(s, $"---\ntitle: {s}\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
        var built = new List<string>();
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            var run = CliRun.Build(ws, "--shard", shard, "--format", "pdf", "--report", Path.Combine(ws.Root, $"r{shard[0]}.json"));
            Assert.Equal(0, run.Exit);
            built.AddRange(run.Out.Split('\n').Where(l => l.StartsWith("built")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].Split('/')[0]));
        }
        Assert.Equal(slugs, built.Order());
        Assert.Equal(2, CliRun.Build(ws, "--shard", "3/2").Exit);
    }

    [Fact]
    public void A_warning_passes_normally_and_fails_with_warn_as_error_writing_nothing()
    {
        using var ws = new Workspace();
        ws.AddBrief("warned", "---\ntitle: W\ndate: 2026-01-15\n---\n\n## One\n\nSee [nothing](#missing).\n");
        var normal = CliRun.Build(ws);
        Assert.Equal(0, normal.Exit);
        Assert.Contains("warning BG022", normal.Err);

        Directory.Delete(ws.Out, true);
        var strict = CliRun.Build(ws, "--warn-as-error");
        Assert.Equal(1, strict.Exit);
        Assert.False(File.Exists(Path.Combine(ws.Out, "warned", "policy-brief.pdf")));
    }
}
