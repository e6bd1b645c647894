using System.IO.Compression;
using System.Text;
using BriefGenerator.Rendering.Docx;

namespace BriefGenerator.Tests.Docx;

/// <summary>The zip reader that lets the DOCX writer reuse the Open XML SDK's deflated parts: it finds every entry,
/// stored or deflated, with the content and checksum that .NET's own zip reader sees.</summary>
public class ZipEntryReaderTests
{
    private static byte[] MakeZip(params (string Name, string Text, CompressionLevel Level)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
            foreach (var (name, text, level) in files)
                using (var stream = zip.CreateEntry(name, level).Open())
                    stream.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    [Fact]
    public void Reads_stored_and_deflated_entries_with_their_content_and_checksum()
    {
        var body = string.Concat(Enumerable.Repeat("<w:p>Tashkent – Ташкент</w:p>", 500));
        var zip = MakeZip(("[Content_Types].xml", "<Types/>", CompressionLevel.NoCompression),
            ("word/document.xml", body, CompressionLevel.Optimal), ("word/ünïcode.xml", "", CompressionLevel.Optimal));

        var entries = ZipEntryReader.Read(zip);

        Assert.Equal(new[] { "[Content_Types].xml", "word/document.xml", "word/ünïcode.xml" }, entries.Select(e => e.Name));
        Assert.Equal("<Types/>", Encoding.UTF8.GetString(entries[0].Content()));
        Assert.Equal(body, Encoding.UTF8.GetString(entries[1].Content()));
        Assert.Empty(entries[2].Content());
        Assert.True(entries[1].Stored.Length < Encoding.UTF8.GetByteCount(body) / 10); // still deflated, not re-read
        using var reference = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(reference.Entries.Select(e => e.Crc32), entries.Select(e => e.Crc32));
    }

    [Fact]
    public void Rewritten_package_keeps_every_part_readable()
    {
        var zip = MakeZip(("b.xml", "<b/>", CompressionLevel.NoCompression), ("a.xml", string.Concat(Enumerable.Repeat("<a/>", 1000)), CompressionLevel.Optimal));
        var rewritten = DeterministicZip.Write(ZipEntryReader.Read(zip).Select(e => (e.Name, e.ToCompressed())).ToList(), new DateTime(2026, 1, 15));

        using var archive = new ZipArchive(new MemoryStream(rewritten));
        string Text(string name) { using var r = new StreamReader(archive.GetEntry(name)!.Open()); return r.ReadToEnd(); }
        Assert.Equal("<b/>", Text("b.xml"));
        Assert.Equal(string.Concat(Enumerable.Repeat("<a/>", 1000)), Text("a.xml"));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2026, 1, 15), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Not_a_zip_is_an_error()
    {
        Assert.Throws<InvalidDataException>(() => ZipEntryReader.Read(Encoding.UTF8.GetBytes("not a zip at all, just text")));
    }
}
