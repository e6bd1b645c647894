using System.Buffers.Binary;

namespace BriefGenerator.Fonts;

/// <summary>The table directory of a TrueType file, and writing a file back from a set of tables with correct
/// offsets, padding and checksums (<c>head.checkSumAdjustment</c> included).</summary>
internal static class TrueTypeFile
{
    /// <summary>Tables by tag, in file order; null when the data is not a TrueType font.</summary>
    public static List<(string Tag, byte[] Data)>? ReadTables(byte[] font)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) != 0x00010000) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        if (12 + 16 * count > font.Length) return null;
        var tables = new List<(string, byte[])>();
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (long)length > font.Length) return null;
            tables.Add((tag, font.AsSpan((int)offset, (int)length).ToArray()));
        }
        return tables;
    }

    /// <summary>A font file from tables (sorted by tag, as the format asks), 4-byte aligned, with fresh checksums.</summary>
    public static byte[] Write(IEnumerable<(string Tag, byte[] Data)> tables) =>
        Write(tables.Select(t => (t.Tag, (ReadOnlyMemory<byte>)t.Data)).ToList());

    /// <summary>A font file from tables (sorted by tag, as the format asks), 4-byte aligned, with fresh checksums; the
    /// tables' bytes are copied once, into the file (they may be slices of another font, which is not changed).</summary>
    public static byte[] Write(IReadOnlyList<(string Tag, ReadOnlyMemory<byte> Data)> tables)
    {
        var sorted = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var count = sorted.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var size = 12 + 16 * count;
        foreach (var t in sorted) size += Pad(t.Data.Length);
        var font = new byte[size];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - searchRange));
        var offset = 12 + 16 * count;
        var headOffset = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = sorted[i];
            var table = span.Slice(offset, data.Length);
            data.Span.CopyTo(table);
            if (tag == "head" && data.Length >= 12) BinaryPrimitives.WriteUInt32BigEndian(table[8..], 0);
            var record = span.Slice(12 + 16 * i, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            if (tag == "head") headOffset = offset;
            offset += Pad(data.Length);
        }
        if (headOffset >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBAu - Checksum(font)));
        return font;
    }

    private static int Pad(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }
        return sum;
    }
}
