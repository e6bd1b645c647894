using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A minimal deterministic ZIP writer: entries in the order given, one timestamp, deflate streams that
/// can be reused. Large entries that repeat across documents (embedded fonts) are compressed once per process and
/// cached by content hash, which is most of what writing a DOCX costs.</summary>
internal static class ZipWriter
{
    private static readonly ConcurrentDictionary<string, Compressed> Cache = new(StringComparer.Ordinal);
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>An entry's deflated bytes with the sizes and CRC the headers need.</summary>
    public sealed record Compressed(byte[] Data, uint Crc, int Length);

    /// <summary>Deflates data; with <paramref name="cache"/>, identical data is deflated once per process.</summary>
    public static Compressed Deflate(byte[] data, bool cache)
    {
        if (!cache) return DeflateNow(data);
        var key = Convert.ToHexString(SHA256.HashData(data));
        return Cache.GetOrAdd(key, _ => DeflateNow(data));
    }

    /// <summary>Writes the archive.</summary>
    public static byte[] Write(IReadOnlyList<(string Name, Compressed Entry)> entries, DateTimeOffset stamp)
    {
        var (time, date) = DosDateTime(stamp);
        using var output = new MemoryStream();
        var offsets = new List<long>(entries.Count);
        foreach (var (name, entry) in entries)
        {
            offsets.Add(output.Position);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            Span<byte> h = stackalloc byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034b50);
            Header(h[4..], time, date, entry, nameBytes.Length, versionOnly: true);
            output.Write(h);
            output.Write(nameBytes);
            output.Write(entry.Data);
        }
        var centralStart = output.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, entry) = entries[i];
            var nameBytes = Encoding.UTF8.GetBytes(name);
            Span<byte> c = stackalloc byte[46];
            c.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(c, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(c[4..], 20);                 // version made by
            Header(c[6..], time, date, entry, nameBytes.Length, versionOnly: false);
            BinaryPrimitives.WriteUInt32LittleEndian(c[42..], (uint)offsets[i]);
            output.Write(c);
            output.Write(nameBytes);
        }
        var centralSize = output.Position - centralStart;
        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)centralSize);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)centralStart);
        output.Write(end);
        return output.ToArray();
    }

    // The fields local and central headers share: version needed, flags, method, time, date, CRC, sizes, name length.
    private static void Header(Span<byte> h, ushort time, ushort date, Compressed e, int nameLength, bool versionOnly)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(h, 20);
        BinaryPrimitives.WriteUInt16LittleEndian(h[2..], 0x0800);                 // names are UTF-8
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 8);                      // deflate
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(h[10..], e.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], (uint)e.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[18..], (uint)e.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[22..], (ushort)nameLength);
        BinaryPrimitives.WriteUInt16LittleEndian(h[24..], 0);                     // extra field length
    }

    private static Compressed DeflateNow(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        return new Compressed(buffer.ToArray(), Crc32(data), data.Length);
    }

    private static (ushort Time, ushort Date) DosDateTime(DateTimeOffset stamp)
    {
        var t = stamp.UtcDateTime;
        if (t.Year < 1980) t = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
