using System.IO.Compression;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Docx;

/// <summary>The same document gives the same bytes, whenever and however often it is rendered.</summary>
public class DocxReproducibilityTests
{
    [Fact]
    public void Two_renders_give_identical_bytes()
    {
        var first = DocxTestRender.Render(SampleDocuments.Everything());
        var second = DocxTestRender.Render(SampleDocuments.Everything());
        Assert.Equal(first, second);
    }

    [Fact]
    public void Parallel_renders_give_identical_bytes()
    {
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = DocxTestRender.Render(SampleDocuments.Everything()));
        Assert.All(results, r => Assert.Equal(DocxTestRender.Everything, r));
    }

    [Fact]
    public void Zip_entries_have_a_fixed_order_and_the_document_timestamp()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxTestRender.Everything), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Bookmark_names_are_word_safe_and_stable()
    {
        Assert.Equal("first_section_" + BookmarkNames.For("first-section")[^6..], BookmarkNames.For("first-section"));
        Assert.Equal(BookmarkNames.For("a-b"), BookmarkNames.For("a-b"));
        Assert.NotEqual(BookmarkNames.For("a-b"), BookmarkNames.For("a_b"));
        Assert.Equal("intro", BookmarkNames.For("intro"));
        Assert.True(BookmarkNames.For(new string('x', 80)).Length <= 40);
        Assert.True(char.IsAsciiLetter(BookmarkNames.For("1-intro")[0]));
    }

    [Fact]
    public void Zip_writer_produces_entries_any_zip_reader_can_read()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        var payload = System.Text.Encoding.UTF8.GetBytes(new string('x', 5000) + "ünïcode");
        var bytes = DeterministicZip.Write(new[] { ("a/ü.txt", CompressedEntry.Deflate(payload)), ("empty", CompressedEntry.Deflate(Array.Empty<byte>())) },
            new DateTime(2026, 11, 1, 13, 14, 16));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(new[] { "a/ü.txt", "empty" }, zip.Entries.Select(e => e.FullName));
        using var stream = zip.Entries[0].Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(payload, copy.ToArray());
        Assert.Equal(0, zip.Entries[1].Length);
        Assert.Equal(new DateTime(2026, 11, 1, 13, 14, 16), zip.Entries[0].LastWriteTime.DateTime);
    }
}
