using System.Buffers.Binary;
using System.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Lists the entries of a zip file from its central directory, with each entry's stored bytes, so a package
/// written by the Open XML SDK can be re-laid-out by <see cref="DeterministicZip"/> without inflating and deflating
/// every part again. Reads the plain zip that System.IO.Packaging writes (no ZIP64, no encryption).</summary>
internal static class ZipEntryReader
{
    private const uint EndOfDirectory = 0x06054b50, CentralHeader = 0x02014b50, LocalHeader = 0x04034b50;

    /// <summary>Every entry of <paramref name="zip"/>, in central-directory order.</summary>
    public static List<ZipEntry> Read(ReadOnlyMemory<byte> zip)
    {
        var span = zip.Span;
        var end = FindEndOfDirectory(span);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(end + 10)..]);
        var at = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(span[(end + 16)..]));
        var entries = new List<ZipEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var h = span[at..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(h) != CentralHeader) throw new InvalidDataException("bad zip central directory");
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(h[8..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(h[10..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(h[16..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(h[20..]);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(h[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(h[28..]), extra = BinaryPrimitives.ReadUInt16LittleEndian(h[30..]),
                comment = BinaryPrimitives.ReadUInt16LittleEndian(h[32..]);
            var local = BinaryPrimitives.ReadUInt32LittleEndian(h[42..]);
            if ((flags & 1) != 0 || compressed == uint.MaxValue || length == uint.MaxValue || local == uint.MaxValue)
                throw new InvalidDataException("encrypted or ZIP64 zip entries are not supported");
            var name = Encoding.UTF8.GetString(h.Slice(46, nameLength));

            var l = span[checked((int)local)..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(l) != LocalHeader) throw new InvalidDataException("bad zip local header");
            var data = checked((int)local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(l[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(l[28..]));
            entries.Add(new ZipEntry(name, method, crc, length, zip.Slice(data, checked((int)compressed))));
            at += 46 + nameLength + extra + comment;
        }
        return entries;
    }

    private static int FindEndOfDirectory(ReadOnlySpan<byte> zip)
    {
        // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
        for (var at = zip.Length - 22; at >= Math.Max(0, zip.Length - 22 - ushort.MaxValue); at--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == EndOfDirectory) return at;
        throw new InvalidDataException("not a zip file (no end of central directory)");
    }
}
