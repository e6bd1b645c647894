using BriefGenerator.Files;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Files;

/// <summary>The one reader every file goes through: real paths, roots, file kinds and the size cap.</summary>
public class ConfinedFileTests
{
    [Fact]
    public void Reads_a_file_of_exactly_the_limit_and_refuses_one_byte_more()
    {
        using var ws = new Workspace();
        var path = Path.Combine(ws.Root, "f.txt");
        File.WriteAllBytes(path, new byte[100]);
        Assert.Equal(100, ConfinedFile.Read(path, ws.Root, 100).Bytes!.Length);
        var over = ConfinedFile.Read(path, ws.Root, 99);
        Assert.Equal(FileProblem.TooLarge, over.Problem);
        Assert.Null(over.Bytes);
    }

    [Fact]
    public void Follows_links_that_stay_inside_the_root_and_refuses_links_that_leave_it()
    {
        using var ws = new Workspace();
        var root = Path.Combine(ws.Root, "root");
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        File.WriteAllText(Path.Combine(root, "sub", "real.txt"), "inside");
        File.WriteAllText(Path.Combine(ws.Root, "secret.txt"), "outside");
        File.CreateSymbolicLink(Path.Combine(root, "inner.txt"), "sub/real.txt");
        File.CreateSymbolicLink(Path.Combine(root, "outer.txt"), "../secret.txt");
        Directory.CreateSymbolicLink(Path.Combine(root, "up"), "..");

        var inner = ConfinedFile.Read(Path.Combine(root, "inner.txt"), root, 1000);
        Assert.True(inner.Ok);
        Assert.Equal(Path.Combine(root, "sub", "real.txt"), inner.RealPath);
        Assert.Equal(FileProblem.Outside, ConfinedFile.Read(Path.Combine(root, "outer.txt"), root, 1000).Problem);
        Assert.Equal(FileProblem.Outside, ConfinedFile.Read(Path.Combine(root, "up", "secret.txt"), root, 1000).Problem);
        Assert.True(ConfinedFile.Read(Path.Combine(root, "outer.txt"), null, 1000).Ok); // no root: anywhere
    }

    [Fact]
    public void A_root_that_is_itself_a_link_is_resolved_first()
    {
        using var ws = new Workspace();
        var real = Path.Combine(ws.Root, "real-fonts");
        Directory.CreateDirectory(real);
        File.WriteAllText(Path.Combine(real, "a.ttf"), "x");
        var linked = Path.Combine(ws.Root, "fonts");
        Directory.CreateSymbolicLink(linked, real);
        Assert.True(ConfinedFile.Read(Path.Combine(linked, "a.ttf"), linked, 10).Ok);
    }

    [Fact]
    public void Refuses_directories_pipes_devices_loops_and_missing_files_by_kind()
    {
        using var ws = new Workspace();
        var pipe = Path.Combine(ws.Root, "pipe");
        HostileSetup.MakeFifo(pipe);
        var loop = Path.Combine(ws.Root, "loop");
        File.CreateSymbolicLink(loop, "loop");
        Assert.Equal(FileProblem.NotRegular, ConfinedFile.Read(ws.Content, null, 10).Problem);
        Assert.Equal(FileProblem.NotRegular, ConfinedFile.Read(pipe, null, 10).Problem);
        Assert.Equal(FileProblem.NotRegular, ConfinedFile.Read("/dev/zero", null, 10).Problem);
        Assert.Equal(FileProblem.LinkLoop, ConfinedFile.Read(loop, null, 10).Problem);
        Assert.Equal(FileProblem.Missing, ConfinedFile.Read(Path.Combine(ws.Root, "nope"), null, 10).Problem);
        Assert.Equal(FileKind.Fifo, FileStat.Of(pipe).Kind);
        Assert.Equal(FileKind.Device, FileStat.Of("/dev/null").Kind);
    }

    [Fact]
    public void Reads_are_logged_with_their_hash_while_a_scope_is_open()
    {
        using var ws = new Workspace();
        var path = Path.Combine(ws.Root, "f.txt");
        File.WriteAllText(path, "abc");
        using (var scope = ReadLog.Begin())
        {
            ConfinedFile.Read(path, null, 10);
            Assert.Equal(ReadLog.Hash("abc"u8), scope.Log.Files[path]);
        }
        Assert.Null(ReadLog.Current);
    }
}
