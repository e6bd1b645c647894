using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>The build cache's binary file: what is stored is what is read back, and a cache this build cannot read (an
/// older build's JSON, a cut or damaged file) makes every brief build once, never a crash and never a stale skip.</summary>
public class BuildCacheFileTests
{
    private static string Brief(string title) => $"---\ntitle: {title}\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    private static CacheEntry Entry(string slug, bool withSource) => new(
        "f" + slug,
        new[]
        {
            new CachedOutcome("policy-brief",
                new[] { new OutputFile($"/out/{slug}/policy-brief.pdf", "pdf", 141_432, "aa" + slug, 8), new OutputFile($"/out/{slug}/policy-brief.docx", "docx", 1L << 40, "bb", null) },
                new[] { new Diagnostic(Severity.Warning, "BG015", "a wärning, with \"quotes\"\n", new SourceSpan($"content/{slug}/brief.md", 3, 0)) }),
            new CachedOutcome("fact-sheet", Array.Empty<OutputFile>(), new[] { new Diagnostic(Severity.Error, "BG001", "m", SourceSpan.None) }),
        },
        new Dictionary<string, string> { ["/t/policy-brief/template.sbn"] = "cc", ["/t/parts/a.sbn"] = "dd" },
        new Dictionary<string, FileStamp> { [$"/out/{slug}/policy-brief.pdf"] = new(141_432, 639_317_399_937_991_577), [$"/out/{slug}/policy-brief.docx"] = new(0, -5) },
        withSource ? new BriefStamp(14_652, 1_796_143_191_967_157_773, 1_796_143_191_967_157_774, "ee") : null);

    [Fact]
    public void Every_field_of_every_entry_reads_back_as_written()
    {
        var entries = new[] { ("alpha", Entry("alpha", true)), ("beta", Entry("beta", false)), ("gamma", new CacheEntry("g", Array.Empty<CachedOutcome>())) }
            .Select(e => KeyValuePair.Create(e.Item1, e.Item2)).ToList();
        var read = CacheFileReader.Read(CacheFileWriter.Write(entries));
        Assert.NotNull(read);
        Assert.Equal(new[] { "alpha", "beta", "gamma" }, read!.Keys.Order(StringComparer.Ordinal));
        foreach (var (slug, written) in entries)
        {
            var back = read[slug];
            Assert.Equal(written.Fingerprint, back.Fingerprint);
            Assert.Equal(written.Source, back.Source);
            Assert.Equal(written.Reads?.OrderBy(r => r.Key), back.Reads?.OrderBy(r => r.Key));
            Assert.Equal(written.Stamps?.OrderBy(r => r.Key), back.Stamps?.OrderBy(r => r.Key));
            Assert.Equal(written.Outcomes.Count, back.Outcomes.Count);
            for (var i = 0; i < written.Outcomes.Count; i++)
            {
                Assert.Equal(written.Outcomes[i].Template, back.Outcomes[i].Template);
                Assert.Equal(written.Outcomes[i].Outputs, back.Outcomes[i].Outputs);
                Assert.Equal(written.Outcomes[i].Diagnostics, back.Outcomes[i].Diagnostics);
            }
        }
        Assert.Null(read["gamma"].Reads);
        Assert.Null(read["gamma"].Stamps);
    }

    [Fact]
    public void A_cut_or_damaged_file_is_no_cache()
    {
        var bytes = CacheFileWriter.Write(new[] { KeyValuePair.Create("alpha", Entry("alpha", true)) });
        Assert.NotNull(CacheFileReader.Read(bytes));
        for (var cut = 0; cut < bytes.Length; cut += 7) Assert.Null(CacheFileReader.Read(bytes[..cut]));
        var otherVersion = (byte[])bytes.Clone();
        otherVersion[CacheFileFormat.Magic.Length] ^= 0xFF;
        Assert.Null(CacheFileReader.Read(otherVersion));
        // Damage anywhere is never an exception (a damaged count or string number is refused, not allocated or
        // indexed); what it reads, if anything, is then checked against the files like any entry.
        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[i] ^= 0x5A;
            Assert.Null(Record.Exception(() => CacheFileReader.Read(damaged)));
            if (i < CacheFileFormat.Magic.Length + 4 || i >= bytes.Length - CacheFileFormat.Magic.Length) Assert.Null(CacheFileReader.Read(damaged));
        }
    }

    [Fact]
    public void An_older_builds_json_cache_builds_every_brief_once_and_is_replaced()
    {
        using var ws = new Workspace();
        ws.AddBrief("alpha", Brief("Alpha"));
        ws.AddBrief("beta", Brief("Beta"));
        Assert.Contains("2 built, 0 skipped", CliRun.Build(ws).Out);
        var cache = Path.Combine(ws.Out, BuildCache.FileName);
        Assert.True(File.Exists(cache));
        // What the JSON cache of an older build looked like (one entry, abridged); the binary file is gone.
        File.Delete(cache);
        var old = Path.Combine(ws.Out, BuildCache.OldFileName);
        File.WriteAllText(old, "{\"alpha\":{\"Fingerprint\":\"f6f8\",\"Outcomes\":[],\"Reads\":null,\"Stamps\":null,\"Source\":null}}");

        var run = CliRun.Build(ws);
        Assert.Equal(0, run.Exit);
        Assert.Contains("2 built, 0 skipped", run.Out);
        Assert.False(File.Exists(old));
        Assert.Contains("0 built, 2 skipped", CliRun.Build(ws).Out);
    }

    [Fact]
    public void A_damaged_cache_file_rebuilds_and_an_edit_after_a_cache_round_trip_is_seen()
    {
        using var ws = new Workspace();
        var alpha = ws.AddBrief("alpha", Brief("Alpha"));
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        var cache = Path.Combine(ws.Out, BuildCache.FileName);
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]);
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws).Out);

        File.WriteAllText(alpha, Brief("Omega"));
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Contains("Omega", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "alpha", "policy-brief.pdf"))));
    }
}
