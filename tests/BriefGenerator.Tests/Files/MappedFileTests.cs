using System.Runtime.InteropServices;
using BriefGenerator.Files;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Files;

/// <summary>Fonts are mapped, not read (ConfinedFile.MapOrThrow): the same bytes, the same checks and the same messages
/// as reading them.</summary>
public class MappedFileTests
{
    [Fact]
    public void A_mapped_font_has_the_files_bytes_without_an_array_of_its_own()
    {
        var path = Path.Combine(RepoPaths.Fonts, "NotoSerif-Regular.ttf");
        var mapped = ConfinedFile.MapOrThrow(path, RepoPaths.Fonts, FontFace.MaxBytes);

        Assert.True(mapped.Span.SequenceEqual(File.ReadAllBytes(path)));
        if (!OperatingSystem.IsWindows()) Assert.False(MemoryMarshal.TryGetArray(mapped, out _));
    }

    [Fact]
    public void A_face_reads_through_the_mapping_and_hands_out_the_same_bytes_as_an_array()
    {
        var face = new FontFace("Noto Serif", FontStyle.Bold, Path.Combine(RepoPaths.Fonts, "NotoSerif-Bold.ttf"), RepoPaths.Fonts);
        var file = File.ReadAllBytes(face.Path);

        Assert.True(face.Bytes.Span.SequenceEqual(file));
        Assert.Equal(file, face.Data);
        Assert.Same(face.Data, face.Data);
        Assert.Null(face.Problem);
        Assert.NotNull(face.ContentStamp);
    }

    [Fact]
    public void With_mapping_off_as_watch_sets_it_a_face_reads_its_file_into_an_array()
    {
        var path = Path.Combine(RepoPaths.Fonts, "NotoSans-Regular.ttf");
        FontFace.MapFiles = false;
        try
        {
            var face = new FontFace("Noto Sans", FontStyle.Regular, path, RepoPaths.Fonts);
            Assert.True(MemoryMarshal.TryGetArray(face.Bytes, out var array));
            Assert.Equal(File.ReadAllBytes(path), array.Array);
            Assert.Same(array.Array, face.Data);
        }
        finally { FontFace.MapFiles = true; }
        var mapped = new FontFace("Noto Sans", FontStyle.Regular, path, RepoPaths.Fonts);
        if (!OperatingSystem.IsWindows()) Assert.False(MemoryMarshal.TryGetArray(mapped.Bytes, out _));
    }

    [Fact]
    public void Refused_and_empty_files_give_what_reading_them_gives()
    {
        using var ws = new Workspace();
        var root = Path.Combine(ws.Root, "fonts");
        Directory.CreateDirectory(root);
        var empty = Path.Combine(root, "Empty-Regular.ttf");
        File.WriteAllBytes(empty, Array.Empty<byte>());
        var big = Path.Combine(root, "Big-Regular.ttf");
        File.WriteAllBytes(big, new byte[101]);
        File.WriteAllText(Path.Combine(ws.Root, "secret.ttf"), "outside");
        var outside = Path.Combine(root, "Outside-Regular.ttf");
        File.CreateSymbolicLink(outside, "../secret.ttf");

        Assert.Equal(0, ConfinedFile.MapOrThrow(empty, root, 100).Length);
        foreach (var path in new[] { big, outside, Path.Combine(root, "Missing-Regular.ttf") })
        {
            var read = Assert.Throws<ConfinedFileException>(() => ConfinedFile.ReadOrThrow(path, root, 100, log: false));
            var mapped = Assert.Throws<ConfinedFileException>(() => ConfinedFile.MapOrThrow(path, root, 100));
            Assert.Equal(read.Message, mapped.Message);
        }
    }
}
