using BriefGenerator.Build;
using BriefGenerator.Files;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>A no-change build trusts a brief file's size and times (its <see cref="BriefStamp"/>) instead of reading and
/// hashing it, but only once the file has been left alone for a moment, and any write is still seen: a write moves the
/// change time, which setting the modification time back does not undo.</summary>
public class BriefStampTests
{
    private static string Brief(string title) => $"---\ntitle: {title}\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    private static long Ns(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks * 100;

    [Fact]
    public void A_file_changed_within_the_settle_time_gets_no_stamp_and_a_settled_one_does()
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("alpha", Brief("Alpha"));
        var meta = FileStat.Meta(path);
        Assert.Equal(FileKind.Regular, meta.Kind);
        Assert.NotEqual(0, meta.ChangedNs);

        var racy = BriefStamp.Take(path, null, meta.ChangedNs + BriefStamp.Settle / 2);
        Assert.Null(racy.Stamp);
        Assert.Equal(InputFingerprint.FileDigest(path), racy.Digest);

        var settled = BriefStamp.Take(path, null, meta.ChangedNs + 2 * BriefStamp.Settle);
        Assert.Equal(new BriefStamp(meta.Length, meta.ModifiedNs, meta.ChangedNs, racy.Digest), settled.Stamp);
    }

    [Fact]
    public void A_matching_stamp_is_trusted_and_a_write_that_keeps_size_and_modification_time_is_still_seen()
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("alpha", Brief("Alpha"));
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path)); // to .NET's 100 ns, so it can be set back exactly
        var meta = FileStat.Meta(path);
        var later = meta.ChangedNs + 2 * BriefStamp.Settle;

        // A stamp whose size and times match is believed: its digest comes back without the file being hashed.
        var known = new BriefStamp(meta.Length, meta.ModifiedNs, meta.ChangedNs, "digest-from-the-cache");
        Assert.Equal("digest-from-the-cache", BriefStamp.Take(path, known, later).Digest);

        // The same number of bytes, other text, and the modification time set back: the change time still moved.
        var written = File.GetLastWriteTimeUtc(path);
        Thread.Sleep(20); // the change time has a clock tick's resolution
        File.WriteAllText(path, Brief("Omega"));
        File.SetLastWriteTimeUtc(path, written);
        var now = FileStat.Meta(path);
        Assert.Equal((meta.Length, meta.ModifiedNs), (now.Length, now.ModifiedNs));
        var taken = BriefStamp.Take(path, known, Ns(DateTime.UtcNow) + 2 * BriefStamp.Settle);
        Assert.Equal(InputFingerprint.FileDigest(path), taken.Digest);
        Assert.NotEqual("digest-from-the-cache", taken.Digest);
    }

    [Fact]
    public void A_no_change_build_stamps_a_settled_brief_and_an_edit_after_that_rebuilds_it()
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("alpha", Brief("Alpha"));
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path)); // to .NET's 100 ns, so it can be set back exactly
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Null(Source(ws)); // built within a moment of being written: no stamp yet

        Thread.Sleep(TimeSpan.FromTicks(BriefStamp.Settle / 100) + TimeSpan.FromMilliseconds(200));
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws).Out); // hashed, and now stamped
        Assert.NotNull(Source(ws));
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws).Out); // trusted by its stamp

        var before = FileStat.Meta(path);
        File.WriteAllText(path, Brief("Omega")); // same length as "Alpha"
        File.SetLastWriteTimeUtc(path, DateTime.UnixEpoch.AddTicks(before.ModifiedNs / 100));
        Assert.Equal((before.Length, before.ModifiedNs), (FileStat.Meta(path).Length, FileStat.Meta(path).ModifiedNs));
        Assert.Contains("1 built, 0 skipped", CliRun.Build(ws).Out);
        Assert.Contains("Omega", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "alpha", "policy-brief.pdf"))));
        Assert.Contains("0 built, 1 skipped", CliRun.Build(ws, "--verify").Out); // --verify hashes the brief again
    }

    private static BriefStamp? Source(Workspace ws) => BuildCache.Load(ws.Out).Peek("alpha")?.Source;
}
