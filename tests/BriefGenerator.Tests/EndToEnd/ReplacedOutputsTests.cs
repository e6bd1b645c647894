using BriefGenerator.Build;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>A rebuild replaces its outputs atomically and deletes the old ones (a build of several briefs on the side,
/// <see cref="OldFileSweeper"/>): a reader holding an old output keeps reading the old bytes, and once the build is over
/// no old file is left.</summary>
public class ReplacedOutputsTests
{
    private const string Brief = "---\ntitle: First Title\ndate: 2026-01-15\n---\n\n## One\n\nSome text.\n";

    [Theory]
    [InlineData("all")]
    [InlineData("pdf")]
    public void A_rebuild_replaces_the_outputs_and_leaves_no_old_file(string format)
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("b", Brief);
        Assert.Equal(0, CliRun.Build(ws, "--format", format).Exit);
        var pdfPath = Path.Combine(ws.Out, "b", "policy-brief.pdf");
        var before = File.ReadAllBytes(pdfPath);

        File.WriteAllText(path, Brief.Replace("First Title", "Second Title"));
        using (var held = new FileStream(pdfPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            var run = CliRun.Build(ws, "--format", format);
            Assert.Equal(0, run.Exit);
            Assert.Contains("1 built", run.Out);
            var old = new byte[held.Length];
            held.ReadExactly(old);
            Assert.Equal(before, old);
        }
        Assert.Contains("Second Title", Readers.PdfText(File.ReadAllBytes(pdfPath)));
        if (format == "all") Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(ws.Out, "b", "policy-brief.docx"))));
        var files = Directory.GetFiles(Path.Combine(ws.Out, "b")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(format == "all" ? new[] { "policy-brief.docx", "policy-brief.pdf" } : new[] { "policy-brief.pdf" }, files);
    }

    [Fact]
    public void The_sweeper_deletes_every_file_before_its_dispose_returns()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.Out);
        var paths = Enumerable.Range(0, 20).Select(i => Path.Combine(ws.Out, $"f{i}.old")).ToList();
        foreach (var p in paths) File.WriteAllBytes(p, new byte[5000]);
        var sweeper = new OldFileSweeper();
        foreach (var p in paths.Take(19)) sweeper.Add(p);
        sweeper.Add(Path.Combine(ws.Out, "never-there.old"));
        sweeper.Dispose();
        Assert.Equal(new[] { paths[19] }, Directory.GetFiles(ws.Out));
        sweeper.Add(paths[19]); // after Dispose: deleted at once
        Assert.Empty(Directory.GetFiles(ws.Out));
        sweeper.Dispose();
    }

    [Fact]
    public void The_sweeper_wakes_for_a_file_handed_over_after_it_fell_asleep()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.Out);
        var first = Path.Combine(ws.Out, "first.old");
        var second = Path.Combine(ws.Out, "second.old");
        File.WriteAllBytes(first, new byte[10]);
        File.WriteAllBytes(second, new byte[10]);
        using var sweeper = new OldFileSweeper();
        sweeper.Add(first);
        Assert.True(GoneWithin(first, TimeSpan.FromSeconds(20)), "the first file handed over was not deleted");
        Thread.Sleep(50); // the thread has found the queue empty and waits
        sweeper.Add(second);
        Assert.True(GoneWithin(second, TimeSpan.FromSeconds(20)), "a file handed over to a waiting sweeper was not deleted before Dispose");
    }

    private static bool GoneWithin(string path, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (File.Exists(path)) { if (clock.Elapsed > limit) return false; Thread.Sleep(5); }
        return true;
    }
}
