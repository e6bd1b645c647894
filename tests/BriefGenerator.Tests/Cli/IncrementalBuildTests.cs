using System.Security.Cryptography;
using System.Text.Json;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>Unchanged briefs are skipped, an edited brief alone is rebuilt, and the report matches the files.</summary>
public class IncrementalBuildTests
{
    private static string Brief(string title) => $"---\ntitle: {title}\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    [Fact]
    public void Unchanged_rebuild_skips_and_an_edit_rebuilds_only_that_brief()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha"));
        var beta = ws.AddBrief("beta", Brief("Beta"));
        Assert.Contains("2 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Contains("0 built, 2 skipped", CliRun.Build(ws).Out);

        File.WriteAllText(beta, Brief("Beta Edited Title"));
        var run = CliRun.Build(ws);
        Assert.Contains("built   beta/policy-brief", run.Out);
        Assert.Contains("skipped alpha/policy-brief", run.Out);
        Assert.Contains("Beta Edited Title", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "beta", "policy-brief.pdf"))));

        Assert.Contains("2 built, 0 skipped", CliRun.Build(ws, "--force").Out);
    }

    [Fact]
    public void A_changed_or_deleted_output_is_rebuilt()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha"));
        CliRun.Build(ws);
        File.Delete(Path.Combine(ws.Out, "alpha", "policy-brief.docx"));
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
    }

    [Fact]
    public void A_touched_truncated_or_rewritten_output_is_rebuilt_without_verify()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha"));
        CliRun.Build(ws);
        var pdf = Path.Combine(ws.Out, "alpha", "policy-brief.pdf");
        var good = File.ReadAllBytes(pdf);

        File.SetLastWriteTimeUtc(pdf, File.GetLastWriteTimeUtc(pdf).AddSeconds(-5)); // touched: same bytes, other time
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Equal(good, File.ReadAllBytes(pdf));

        File.WriteAllBytes(pdf, good[..100]); // truncated
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Equal(good, File.ReadAllBytes(pdf));

        var tampered = (byte[])good.Clone();
        tampered[^10] ^= 0x20; // same size, other bytes
        File.WriteAllBytes(pdf, tampered);
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Equal(good, File.ReadAllBytes(pdf));
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws).Out);
    }

    [Fact]
    public void Verify_rehashes_outputs_catching_an_edit_that_keeps_size_and_time_and_forgiving_a_touch()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha"));
        CliRun.Build(ws);
        var docx = Path.Combine(ws.Out, "alpha", "policy-brief.docx");
        var good = File.ReadAllBytes(docx);
        var time = File.GetLastWriteTimeUtc(docx);

        // Same size and time, other bytes: only --verify can tell.
        var tampered = (byte[])good.Clone();
        tampered[^10] ^= 0x20;
        File.WriteAllBytes(docx, tampered);
        File.SetLastWriteTimeUtc(docx, time);
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws).Out);
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws, "--verify").Out);
        Assert.Equal(good, File.ReadAllBytes(docx));

        // Touched but the same bytes: --verify keeps it and renews its stamp, so the next plain build skips it too.
        File.SetLastWriteTimeUtc(docx, time.AddSeconds(-5));
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws, "--verify").Out);
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws).Out);
    }

    [Fact]
    public void Changing_the_templates_a_brief_names_builds_the_new_template()
    {
        using var ws = new Workspace();
        var alpha = ws.AddBrief("alpha", Brief("Alpha"));
        CliRun.Build(ws);
        File.WriteAllText(alpha, Brief("Alpha").Replace("date: 2026-01-15\n", "date: 2026-01-15\ntemplates: [policy-brief, one-pager]\n"));
        var run = CliRun.Build(ws);
        Assert.Contains("built   alpha/one-pager", run.Out);
        Assert.True(File.Exists(Path.Combine(ws.Out, "alpha", "one-pager.pdf")));
        Assert.Contains("0 built, 2 skipped", CliRun.Build(ws).Out);
    }

    [Fact]
    public void Report_lists_outputs_whose_hashes_and_sizes_match_the_files()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha"));
        ws.AddBrief("broken", "---\ntitle: Broken\n---\n");
        var report = Path.Combine(ws.Root, "report.json");
        var run = CliRun.Build(ws, "--report", report);
        Assert.Equal(1, run.Exit);

        var json = JsonDocument.Parse(File.ReadAllText(report)).RootElement;
        Assert.False(string.IsNullOrEmpty(json.GetProperty("tool_version").GetString()));
        Assert.True(json.GetProperty("duration_ms").GetDouble() >= 0);
        var briefs = json.GetProperty("briefs").EnumerateArray().ToList();
        var alpha = briefs.Single(b => b.GetProperty("slug").GetString() == "alpha");
        Assert.Equal("built", alpha.GetProperty("status").GetString());
        Assert.Equal("policy-brief", alpha.GetProperty("template").GetString());
        var outputs = alpha.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(new[] { "pdf", "docx" }, outputs.Select(o => o.GetProperty("format").GetString()));
        foreach (var o in outputs)
        {
            var format = o.GetProperty("format").GetString();
            var bytes = File.ReadAllBytes(Path.Combine(ws.Out, "alpha", $"policy-brief.{format}"));
            Assert.Equal(bytes.Length, o.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), o.GetProperty("sha256").GetString());
        }
        var broken = briefs.Single(b => b.GetProperty("slug").GetString() == "broken");
        Assert.Equal("failed", broken.GetProperty("status").GetString());
        var d = broken.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("BG005", d.GetProperty("code").GetString());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
    }
}
