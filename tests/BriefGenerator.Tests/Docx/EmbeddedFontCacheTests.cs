using BriefGenerator.Rendering.Docx;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Docx;

/// <summary>Embedded font subsets are made once per face content and set of characters, and a font changed on disk
/// is subset again, even under the same path and name.</summary>
public class EmbeddedFontCacheTests
{
    private static readonly string Serif = Path.Combine(RepoPaths.Fonts, "NotoSerif-Regular.ttf");
    private static readonly string Sans = Path.Combine(RepoPaths.Fonts, "NotoSans-Regular.ttf");
    private static readonly IReadOnlySet<int> Text = "Water budgets".Select(c => (int)c).ToHashSet();

    [Fact]
    public void The_same_face_and_characters_give_the_same_payload_once()
    {
        var face = new FontFace("Noto Serif", FontStyle.Regular, Serif);
        var key = FontObfuscation.KeyFor(face.FaceName);
        var first = EmbeddedFontCache.GetUsed(face, key, Text);
        Assert.True(first.Subsetted);
        // Another face object with the same bytes (a library opened again) shares the subset.
        Assert.Same(first, EmbeddedFontCache.GetUsed(new FontFace("Noto Serif", FontStyle.Regular, Serif), key, Text.ToHashSet()));
        Assert.NotSame(first, EmbeddedFontCache.GetUsed(face, key, Text.Append('Z').ToHashSet()));
        Assert.NotSame(first, EmbeddedFontCache.GetUsed(face, FontObfuscation.KeyFor("Other"), Text));
    }

    [Fact]
    public void A_font_changed_on_disk_is_subset_again()
    {
        using var ws = new Workspace();
        var path = Path.Combine(ws.Root, "Face.ttf");
        File.Copy(Serif, path);
        var key = FontObfuscation.KeyFor("Face-Regular");
        var before = EmbeddedFontCache.GetUsed(new FontFace("Face", FontStyle.Regular, path), key, Text);
        File.Copy(Sans, path, overwrite: true);
        var after = EmbeddedFontCache.GetUsed(new FontFace("Face", FontStyle.Regular, path), key, Text);
        Assert.NotEqual(before.Entry.Deflated, after.Entry.Deflated);
        Assert.Equal(GlyphSubsetter.Subset(File.ReadAllBytes(Sans), Text)!.LongLength, after.Entry.Length);
    }

    [Fact]
    public void A_font_rewritten_with_the_same_size_and_modification_time_is_subset_again()
    {
        // The cache is keyed on the file's stamp, not on a hash of its bytes: an edit that keeps the size and sets the
        // modification time back still moves the status-change time, so the new bytes are subset, not the old ones.
        using var ws = new Workspace();
        var path = Path.Combine(ws.Root, "Face.ttf");
        var serif = File.ReadAllBytes(Serif);
        File.WriteAllBytes(path, serif);
        var written = File.GetLastWriteTimeUtc(path);
        var key = FontObfuscation.KeyFor("Face-Regular");
        var before = EmbeddedFontCache.GetUsed(new FontFace("Face", FontStyle.Regular, path), key, Text);
        var sans = File.ReadAllBytes(Sans);
        Assert.True(sans.Length < serif.Length);
        Thread.Sleep(20); // a status-change time the file system can tell from the first write's
        File.WriteAllBytes(path, sans.Concat(new byte[serif.Length - sans.Length]).ToArray());
        File.SetLastWriteTimeUtc(path, written);
        Assert.Equal(serif.Length, new FileInfo(path).Length);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        var after = EmbeddedFontCache.GetUsed(new FontFace("Face", FontStyle.Regular, path), key, Text);
        Assert.NotEqual(before.Entry.Deflated, after.Entry.Deflated);
        Assert.Equal(GlyphSubsetter.Subset(File.ReadAllBytes(path), Text)!.LongLength, after.Entry.Length);
    }

    [Fact]
    public void The_cache_stays_bounded()
    {
        var face = new FontFace("Noto Serif", FontStyle.Regular, Serif);
        var key = FontObfuscation.KeyFor(face.FaceName);
        for (var i = 0; i < EmbeddedFontCache.MaxEntries + 8; i++)
            EmbeddedFontCache.GetUsed(face, key, new HashSet<int> { 'a', 0x100 + i });
        Assert.True(EmbeddedFontCache.Count <= EmbeddedFontCache.MaxEntries);
    }
}
