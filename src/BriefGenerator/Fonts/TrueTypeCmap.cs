using System.Buffers.Binary;

namespace BriefGenerator.Fonts;

/// <summary>Reads the character-to-glyph map of a TrueType <c>cmap</c> table (formats 4 and 12, every subtable).</summary>
internal static class TrueTypeCmap
{
    /// <summary>Code point → glyph id pairs, or null when the table is malformed.</summary>
    public static List<(int CodePoint, int Glyph)>? Read(byte[] cmap, int glyphs) => Read(cmap.AsSpan(), glyphs);

    /// <summary>Code point → glyph id pairs, or null when the table is malformed.</summary>
    public static List<(int CodePoint, int Glyph)>? Read(ReadOnlySpan<byte> cmap, int glyphs)
    {
        try
        {
            var result = new List<(int, int)>();
            var span = cmap;
            int count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
            for (var i = 0; i < count; i++)
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(4 + 8 * i + 4)..]);
                var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
                if (format == 4) Format4(span[offset..], result);
                else if (format == 12) Format12(span[offset..], result);
            }
            result.RemoveAll(p => p.Item2 <= 0 || p.Item2 >= glyphs);
            return result;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static void Format4(ReadOnlySpan<byte> t, List<(int, int)> result)
    {
        int segments = BinaryPrimitives.ReadUInt16BigEndian(t[6..]) / 2;
        int ends = 14, starts = 16 + 2 * segments, deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(t[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + 2 * s)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + 2 * s)..]);
            int range = BinaryPrimitives.ReadUInt16BigEndian(t[(ranges + 2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (range == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(t[(ranges + 2 * s + range + 2 * (c - start))..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                result.Add((c, glyph));
            }
        }
    }

    private static void Format12(ReadOnlySpan<byte> t, List<(int, int)> result)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = t.Slice(16 + 12 * g, 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++) result.Add(((int)c, (int)(glyph + (c - start))));
        }
    }
}
