using BriefGenerator.Build;
using BriefGenerator.Files;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>The fonts folder's digest is kept with its <see cref="FolderStamp"/>, so a no-change build does not read and
/// hash 7 MB of fonts; any write in the folder is still seen, and a folder changed within the settle time, or holding a
/// link, gets no stamp.</summary>
public class FolderStampTests
{
    [Fact]
    public void A_settled_folder_of_regular_files_has_a_stamp_and_a_fresh_change_or_a_link_gives_none()
    {
        using var ws = new Workspace();
        var folder = Path.Combine(ws.Root, "fonts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.ttf"), "one");
        var latest = new[] { FileStat.Meta(folder), FileStat.Meta(Path.Combine(folder, "a.ttf")) }.Max(m => Math.Max(m.ModifiedNs, m.ChangedNs));
        Assert.Null(FolderStamp.Take(folder, latest + BriefStamp.Settle / 2));
        var stamp = FolderStamp.Take(folder, latest + 2 * BriefStamp.Settle);
        Assert.NotNull(stamp);
        Assert.Equal(stamp, FolderStamp.Take(folder, latest + 3 * BriefStamp.Settle));

        File.CreateSymbolicLink(Path.Combine(folder, "b.ttf"), Path.Combine(folder, "a.ttf"));
        Assert.Null(FolderStamp.Take(folder, long.MaxValue));
    }

    [Fact]
    public void A_font_folder_edit_that_keeps_size_and_time_still_rebuilds_after_the_digest_was_trusted()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates(fonts: false);
        var fonts = Path.Combine(ws.Templates, "fonts"); // a copy: the test edits it
        Directory.CreateDirectory(fonts);
        foreach (var file in Directory.GetFiles(RepoPaths.Templates + "/fonts")) File.Copy(file, Path.Combine(fonts, Path.GetFileName(file)));
        ws.AddBrief("alpha", "---\ntitle: Alpha\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n");
        var licence = Path.Combine(fonts, "OFL.txt");
        CliRun Build() => CliRun.Of(new[] { "build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out });
        File.SetLastWriteTimeUtc(licence, File.GetLastWriteTimeUtc(licence)); // to .NET's 100 ns, so it can be set back exactly
        Thread.Sleep(TimeSpan.FromTicks(BriefStamp.Settle / 100) + TimeSpan.FromMilliseconds(200));
        Assert.Contains("1 built, 0 skipped", Build().Out); // the fonts' digest is stored with their stamp
        Assert.Contains("0 built, 1 skipped", Build().Out); // and trusted
        var stored = CacheFileReader.ReadAll(File.ReadAllBytes(Path.Combine(ws.Out, BuildCache.FileName)))!.Value.Folders;
        Assert.Equal(new[] { Path.GetFullPath(fonts) }, stored.Keys);
        Assert.Contains("0 built, 1 skipped", Build().Out);

        var before = FileStat.Meta(licence);
        var text = File.ReadAllText(licence);
        File.WriteAllText(licence, (text[0] == 'X' ? 'Y' : 'X') + text[1..]); // same size
        File.SetLastWriteTimeUtc(licence, DateTime.UnixEpoch.AddTicks(before.ModifiedNs / 100));
        Assert.Equal((before.Length, before.ModifiedNs), (FileStat.Meta(licence).Length, FileStat.Meta(licence).ModifiedNs));
        Assert.Contains("1 built, 0 skipped", Build().Out);
    }
}
