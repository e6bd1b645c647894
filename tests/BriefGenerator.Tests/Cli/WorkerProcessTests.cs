using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary><c>brief build --processes N</c>: the briefs are built by worker processes, and the build is the one-process
/// build's: the same bytes, report, messages and exit code, a cache that makes the next build a no-change build, and a
/// worker that dies fails only the briefs it held, with BG089 (exit 3).</summary>
public partial class WorkerProcessTests
{
    private static readonly string[] Slugs = { "alpha", "bravo", "charlie", "delta", "echo" };

    // The seed, two small briefs, one with a warning (a link to nowhere) and one with an error (no title).
    private static void AddBriefs(Workspace ws)
    {
        ws.CopyBrief(slug: "alpha");
        ws.AddBrief("bravo", "---\ntitle: Bravo\ndate: 2026-01-15\n---\n\n## One\n\nText with a [link](https://example.org).\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n");
        ws.AddBrief("charlie", "---\ntitle: Charlie\ndate: 2026-01-16\n---\n\n## One\n\nSee [nothing](#missing).\n");
        ws.AddBrief("delta", "---\ndate: 2026-01-17\n---\n\n## One\n\nNo title.\n");
        ws.AddBrief("echo", "---\ntitle: Echo\ndate: 2026-01-18\n---\n\n## One\n\n- a point\n- another\n");
    }

    // The CLI as a process (the JIT-compiled brief.dll beside the tests, under the dotnet host), as a user runs it.
    private static ProcessRun Brief(Workspace ws, params string[] extra) => ProcessRun.Of("dotnet",
        new[] { Path.Combine(AppContext.BaseDirectory, "brief.dll"), "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out }
            .Concat(extra), ws.Root);

    [Fact]
    public void Worker_processes_build_what_one_process_builds_and_leave_a_cache_for_a_no_change_build()
    {
        using var workers = new Workspace();
        using var alone = new Workspace();
        AddBriefs(workers);
        AddBriefs(alone);

        var parallel = Brief(workers, "--processes", "2");
        var inProcess = CliRun.Build(alone, "--processes", "0");

        Assert.Equal(1, inProcess.Exit); // delta has no title
        Assert.Contains(" s (2 worker processes)\n", parallel.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("worker process", inProcess.Out, StringComparison.Ordinal);
        Assert.Equal(inProcess.Exit, parallel.Exit);
        Assert.Contains("error BG004", parallel.Err, StringComparison.Ordinal);
        Assert.Contains("warning BG022", parallel.Err, StringComparison.Ordinal);
        Assert.Equal(alone.Relative(inProcess.Err), workers.Relative(parallel.Err));
        Assert.Equal(Untimed(alone.Relative(inProcess.Out)), Untimed(workers.Relative(parallel.Out)).Replace(" (2 worker processes)", ""));
        Assert.Equal(Report(alone), Report(workers));
        var files = Outputs(alone);
        Assert.Equal(8, files.Count); // four briefs, PDF and DOCX each; delta wrote nothing
        Assert.Equal(files, Outputs(workers));
        Assert.All(files.Keys, f => Assert.Equal(File.ReadAllBytes(Path.Combine(alone.Out, f)), File.ReadAllBytes(Path.Combine(workers.Out, f))));

        // Read back as a reader would: the PDF a worker wrote has the report's page count and the brief's text.
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(workers.Out, BuildReport.FileName)))!;
        var bravoPdf = report["briefs"]!.AsArray().Single(b => (string)b!["slug"]! == "bravo")!["outputs"]!.AsArray().Single(o => (string)o!["format"]! == "pdf")!;
        var pages = Readers.PdfPageTexts(File.ReadAllBytes(Path.Combine(workers.Out, "bravo", "policy-brief.pdf")));
        Assert.Equal((int)bravoPdf["pages"]!, pages.Count);
        Assert.Contains("Text with a link", Readers.Collapse(string.Join(' ', pages)), StringComparison.Ordinal);
        Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(workers.Out, "echo", "policy-brief.docx"))));

        // The parent merged the workers' cache entries: without delta (which failed, so it would be built again), the next
        // build skips every brief and starts no worker; an in-process build with --verify, which hashes every output
        // again, agrees.
        Directory.Delete(Path.Combine(workers.Content, "delta"), recursive: true);
        var clean = Brief(workers, "--processes", "2");
        Assert.Equal(0, clean.Exit);
        Assert.Matches(@"\n0 built, 4 skipped, 0 failed, 0 error\(s\), 1 warning\(s\) in [0-9.]+ s\n$", clean.Out);
        var verified = CliRun.Build(workers, "--verify", "--processes", "0");
        Assert.Matches(@"\n0 built, 4 skipped, 0 failed", verified.Out);
        Assert.Equal(files, Outputs(workers));
    }

    [Fact]
    public void A_worker_that_dies_fails_the_briefs_it_held_with_BG089_and_the_build_goes_on()
    {
        using var ws = new Workspace();
        AddBriefs(ws);
        // "Workers" that take the two briefs they are sent first and exit without a reply, as a crashed process would.
        var launch = new WorkerLaunch("/bin/sh", new[] { "-c", "read a; read b; echo 'crashed on purpose' >&2; exit 7" }, 2, 1);
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Workers = launch };

        var result = new BriefBuilder(RendererSet.All).Build(options);

        Assert.True(result.HasInternalErrors);
        Assert.Equal(2, result.WorkerProcesses);
        var failed = result.Briefs.Where(b => b.Diagnostics.Any(d => d.Code == "BG089")).ToList();
        Assert.Equal(Slugs.Length, failed.Count); // each dead worker held two briefs; the fifth was left in the queue
        Assert.All(failed, b => Assert.Equal(BriefStatus.Failed, b.Status));
        Assert.Contains(failed, b => b.Diagnostics[0].Message.Contains("exited with code 7: crashed on purpose", StringComparison.Ordinal));
        Assert.Contains(failed, b => b.Diagnostics[0].Message.Contains("no worker process was left to build it", StringComparison.Ordinal));
        Assert.All(result.Exceptions, e => Assert.Contains("crashed on purpose", e.ToString(), StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "alpha")));
    }

    [Fact]
    public void With_ParentBuilds_the_parent_builds_from_the_same_queue_and_a_dead_worker_fails_only_what_it_held()
    {
        using var ws = new Workspace();
        using var alone = new Workspace();
        AddBriefs(ws);
        AddBriefs(alone);
        // One "worker" that takes the two briefs it is sent first and exits without a reply; the parent builds the rest.
        var launch = new WorkerLaunch("/bin/sh", new[] { "-c", "read a; read b; exit 7" }, 1, 1, ParentBuilds: true);
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Workers = launch };

        var result = new BriefBuilder(RendererSet.All).Build(options);
        var inProcess = new BriefBuilder(RendererSet.All).Build(options with { ContentFolder = alone.Content, OutputFolder = alone.Out, Workers = null });

        Assert.Equal(1, result.WorkerProcesses);
        Assert.Equal(Slugs, result.Briefs.Select(b => b.Slug));
        var held = result.Briefs.Where(b => b.Diagnostics.Any(d => d.Code == "BG089")).ToList();
        Assert.Equal(2, held.Count);
        Assert.All(held, b => Assert.Contains("exited with code 7", b.Diagnostics[0].Message, StringComparison.Ordinal));
        // Every other brief was built here, as an in-process build builds it: the same status, messages and bytes.
        var here = result.Briefs.Except(held).ToList();
        Assert.Equal(3, here.Count);
        foreach (var b in here)
        {
            var same = inProcess.Briefs.Single(x => x.Slug == b.Slug);
            Assert.Equal(same.Status, b.Status);
            Assert.Equal(same.Diagnostics.Select(d => alone.Relative(d.ToString())), b.Diagnostics.Select(d => ws.Relative(d.ToString())));
            Assert.Equal(same.Outputs.Select(o => o.Sha256), b.Outputs.Select(o => o.Sha256));
        }
        Assert.Contains(here, b => b.Status == BriefStatus.Built && b.Outputs.Count == 2);
        Assert.All(held, b => Assert.False(Directory.Exists(Path.Combine(ws.Out, b.Slug))));
    }

    [Fact]
    public void A_worker_whose_replies_are_not_frames_is_stopped_and_its_briefs_fail()
    {
        using var ws = new Workspace();
        AddBriefs(ws);
        var launch = new WorkerLaunch("/bin/sh", new[] { "-c", "read slug; printf 'garbage, not a frame'; exec sleep 30" }, 1, 1);
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Workers = launch };

        var result = new BriefBuilder(RendererSet.All).Build(options);

        Assert.Equal(1, result.WorkerProcesses);
        Assert.Equal(Slugs, result.Briefs.Select(b => b.Slug));
        Assert.All(result.Briefs, b => Assert.Equal("BG089", Assert.Single(b.Diagnostics).Code));
        Assert.Contains(result.Briefs, b => b.Diagnostics[0].Message.Contains("its replies could not be read", StringComparison.Ordinal));
        Assert.Single(result.Exceptions);
    }

    [Fact]
    public void A_program_that_cannot_start_leaves_the_build_in_process()
    {
        using var ws = new Workspace();
        ws.AddBrief("bravo", "---\ntitle: Bravo\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
        var launch = new WorkerLaunch(Path.Combine(ws.Root, "no-such-program"), Array.Empty<string>(), 2, 1);
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Workers = launch };

        var result = new BriefBuilder(RendererSet.All).Build(options);

        Assert.False(result.HasErrors);
        Assert.Equal(0, result.WorkerProcesses);
        Assert.Equal(BriefStatus.Built, Assert.Single(result.Briefs).Status);
        Assert.True(File.Exists(Path.Combine(ws.Out, "bravo", "policy-brief.pdf")));
    }

    // Output files (relative path → SHA-256) under a workspace's out folder.
    private static SortedDictionary<string, string> Outputs(Workspace ws) => new(
        Directory.GetFiles(ws.Out, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(ws.Out, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    // The report without its timings, paths made relative.
    private static string Report(Workspace ws)
    {
        var report = JsonNode.Parse(ws.Relative(File.ReadAllText(Path.Combine(ws.Out, BuildReport.FileName))))!.AsObject();
        report.Remove("started");
        report.Remove("duration_ms");
        foreach (var b in report["briefs"]!.AsArray()) b!.AsObject().Remove("duration_ms");
        return report.ToJsonString();
    }

    private static string Untimed(string text) => Timings().Replace(text, "in T");

    [GeneratedRegex(@"in \d+(\.\d+)? m?s")]
    private static partial Regex Timings();
}
