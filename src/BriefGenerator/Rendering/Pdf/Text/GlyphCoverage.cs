using System.Buffers.Binary;
using System.Collections.Concurrent;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Which Unicode code points a TrueType face maps to a glyph, read from its <c>cmap</c> table
/// (formats 4 and 12). Cached per face for the whole process.</summary>
internal static class GlyphCoverage
{
    // Keyed by the face itself (a font library, and so its faces, is shared by the whole process): asked once per character.
    private static readonly ConcurrentDictionary<FontFace, HashSet<int>> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when the face has a glyph for the code point.</summary>
    public static bool Has(FontFace face, int codePoint) =>
        Cache.GetOrAdd(face, static f => Read(f.Data)).Contains(codePoint);

    private static HashSet<int> Read(byte[] font)
    {
        var set = new HashSet<int>();
        var span = font.AsSpan();
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (int t = 0; t < numTables; t++)
        {
            var rec = span[(12 + 16 * t)..];
            if (rec[0] != 'c' || rec[1] != 'm' || rec[2] != 'a' || rec[3] != 'p') continue;
            int cmap = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            int count = BinaryPrimitives.ReadUInt16BigEndian(span[(cmap + 2)..]);
            for (int i = 0; i < count; i++)
            {
                var sub = span[(cmap + 4 + 8 * i)..];
                int platform = BinaryPrimitives.ReadUInt16BigEndian(sub);
                int encoding = BinaryPrimitives.ReadUInt16BigEndian(sub[2..]);
                int offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(sub[4..]);
                if (platform is not (0 or 3) || (platform == 3 && encoding is not (1 or 10))) continue;
                int format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
                if (format == 4) ReadFormat4(span[offset..], set);
                else if (format == 12) ReadFormat12(span[offset..], set);
            }
        }
        return set;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> t, HashSet<int> set)
    {
        int segX2 = BinaryPrimitives.ReadUInt16BigEndian(t[6..]);
        int ends = 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
        for (int s = 0; s < segX2; s += 2)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(t[(ends + s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + s)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(t[(ranges + s)..]);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int at = ranges + s + rangeOffset + 2 * (c - start);
                    glyph = at + 1 < t.Length ? BinaryPrimitives.ReadUInt16BigEndian(t[at..]) : 0;
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) set.Add(c);
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> t, HashSet<int> set)
    {
        long groups = BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        for (int g = 0; g < groups; g++)
        {
            var rec = t[(16 + 12 * g)..];
            long start = BinaryPrimitives.ReadUInt32BigEndian(rec);
            long end = BinaryPrimitives.ReadUInt32BigEndian(rec[4..]);
            long glyph = BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            for (long c = start; c <= end && c < 0x110000; c++)
                if (glyph + (c - start) != 0) set.Add((int)c);
        }
    }
}
