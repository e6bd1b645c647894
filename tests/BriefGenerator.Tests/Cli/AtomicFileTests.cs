using BriefGenerator.Build;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary><see cref="AtomicFile"/>'s streaming write (the build report and cache file): the reader sees the old bytes
/// or the new ones, and a writer that fails leaves the old file and no temporary file behind.</summary>
public class AtomicFileTests
{
    [Fact]
    public void A_streamed_write_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var ws = new Workspace();
        var path = OldFile(ws);
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();

        AtomicFile.Write(path, stream =>
        {
            for (var i = 0; i < bytes.Length; i += 1000) stream.Write(bytes, i, Math.Min(1000, bytes.Length - i));
        });

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(new[] { "report.json" }, Directory.GetFiles(ws.Out).Select(Path.GetFileName));
    }

    [Fact]
    public void A_streamed_write_that_fails_leaves_the_old_file_and_no_temporary_file()
    {
        using var ws = new Workspace();
        var path = OldFile(ws);

        var thrown = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new IOException("disk full on purpose");
        }));

        Assert.Equal("disk full on purpose", thrown.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(new[] { "report.json" }, Directory.GetFiles(ws.Out).Select(Path.GetFileName));
    }

    // out/report.json holding "old", the file both tests replace.
    private static string OldFile(Workspace ws)
    {
        var path = Path.Combine(ws.Out, "report.json");
        Directory.CreateDirectory(ws.Out);
        File.WriteAllText(path, "old");
        return path;
    }
}
