using System.Buffers.Binary;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes a <c>cmap</c> table for a set of code point → glyph pairs: a Windows Unicode BMP subtable (format 4)
/// and, when a code point lies beyond the BMP, a full-repertoire one (format 12).</summary>
internal static class TrueTypeCmapWriter
{
    /// <summary>The table bytes; null if the format 4 subtable would not fit its 16-bit length.</summary>
    public static byte[]? Write(IEnumerable<(int CodePoint, int Glyph)> map)
    {
        var pairs = map.Where(p => p.CodePoint is >= 0 and <= 0x10FFFF).DistinctBy(p => p.CodePoint).OrderBy(p => p.CodePoint).ToList();
        var groups = Groups(pairs);
        var bmp = Groups(pairs.Where(p => p.CodePoint < 0xFFFF).ToList());
        bmp.Add((0xFFFF, 0xFFFF, 0)); // the closing segment format 4 requires
        int segments = bmp.Count, length4 = 16 + 8 * segments;
        if (length4 > 0xFFFF) return null;
        bool full = pairs.Count > 0 && pairs[^1].CodePoint > 0xFFFF;
        int subtables = full ? 2 : 1, header = 4 + 8 * subtables, length12 = 16 + 12 * groups.Count;
        var table = new byte[header + length4 + (full ? length12 : 0)];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)subtables);
        Record(span[4..], 3, 1, header);
        if (full) Record(span[12..], 3, 10, header + length4);

        var t = span[header..];
        int searchRange = 2 * (1 << (int)Math.Floor(Math.Log2(segments)));
        BinaryPrimitives.WriteUInt16BigEndian(t, 4);
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], (ushort)length4);
        BinaryPrimitives.WriteUInt16BigEndian(t[6..], (ushort)(2 * segments));
        BinaryPrimitives.WriteUInt16BigEndian(t[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(t[10..], (ushort)Math.Log2(searchRange / 2));
        BinaryPrimitives.WriteUInt16BigEndian(t[12..], (ushort)(2 * segments - searchRange));
        int ends = 14, starts = 16 + 2 * segments, deltas = starts + 2 * segments; // idRangeOffsets stay 0
        for (int s = 0; s < segments; s++)
        {
            var (start, end, glyph) = bmp[s];
            BinaryPrimitives.WriteUInt16BigEndian(t[(ends + 2 * s)..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(t[(starts + 2 * s)..], (ushort)start);
            BinaryPrimitives.WriteUInt16BigEndian(t[(deltas + 2 * s)..], (ushort)(s == segments - 1 ? 1 : (glyph - start) & 0xFFFF));
        }
        if (!full) return table;

        var f = span[(header + length4)..];
        BinaryPrimitives.WriteUInt16BigEndian(f, 12);
        BinaryPrimitives.WriteUInt32BigEndian(f[4..], (uint)length12);
        BinaryPrimitives.WriteUInt32BigEndian(f[12..], (uint)groups.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            var rec = f[(16 + 12 * g)..];
            BinaryPrimitives.WriteUInt32BigEndian(rec, (uint)groups[g].Start);
            BinaryPrimitives.WriteUInt32BigEndian(rec[4..], (uint)groups[g].End);
            BinaryPrimitives.WriteUInt32BigEndian(rec[8..], (uint)groups[g].Glyph);
        }
        return table;
    }

    private static void Record(Span<byte> at, ushort platform, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, platform);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], encoding);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], (uint)offset);
    }

    // Runs of consecutive code points mapped to consecutive glyphs.
    private static List<(int Start, int End, int Glyph)> Groups(List<(int CodePoint, int Glyph)> pairs)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var (cp, glyph) in pairs)
        {
            if (groups.Count > 0 && groups[^1].End == cp - 1 && groups[^1].Glyph + (cp - groups[^1].Start) == glyph)
                groups[^1] = (groups[^1].Start, cp, groups[^1].Glyph);
            else groups.Add((cp, cp, glyph));
        }
        return groups;
    }
}
