using System.IO.Compression;

namespace BriefGenerator.Rendering.Docx;

/// <summary>One entry of a zip file as stored: its name, compression method, checksum, uncompressed length and the
/// stored (possibly deflated) bytes, read from the central directory by <see cref="ZipEntryReader"/>.</summary>
internal sealed record ZipEntry(string Name, ushort Method, uint Crc32, long Length, ReadOnlyMemory<byte> Stored)
{
    private const ushort Stored0 = 0, Deflated8 = 8;

    /// <summary>The entry ready for <see cref="DeterministicZip"/>: deflated bytes are taken as they are (no
    /// inflating and deflating again); a stored entry is deflated.</summary>
    public CompressedEntry ToCompressed() => Method switch
    {
        Deflated8 => new CompressedEntry(Crc32, Length, Stored.ToArray()),
        Stored0 => CompressedEntry.Deflate(Stored.ToArray()),
        _ => throw new InvalidDataException($"zip entry '{Name}' uses compression method {Method}"),
    };

    /// <summary>The entry's uncompressed content.</summary>
    public byte[] Content()
    {
        if (Method == Stored0) return Stored.ToArray();
        if (Method != Deflated8) throw new InvalidDataException($"zip entry '{Name}' uses compression method {Method}");
        var content = new byte[checked((int)Length)];
        using var inflate = new DeflateStream(new MemoryStream(Stored.ToArray()), CompressionMode.Decompress);
        inflate.ReadExactly(content);
        return content;
    }
}
