using System.Buffers.Binary;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Reads the one metric the DOCX writer needs from a TrueType file: the natural line height (Windows ascent
/// plus descent over units per em), which Word's "auto" line spacing multiplies.</summary>
internal static class FontMetrics
{
    /// <summary>Line height used when a font cannot be read.</summary>
    public const double Fallback = 1.2;

    /// <summary>The natural line height in ems, e.g. 1.362 for Noto Serif; <see cref="Fallback"/> for bad data.</summary>
    public static double LineHeight(byte[]? font)
    {
        if (font is null || font.Length < 12) return Fallback;
        var span = font.AsSpan();
        int tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        int head = -1, os2 = -1;
        for (var i = 0; i < tables && 12 + 16 * (i + 1) <= font.Length; i++)
        {
            var record = span.Slice(12 + 16 * i, 16);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            if (record[..4].SequenceEqual("head"u8)) head = offset;
            else if (record[..4].SequenceEqual("OS/2"u8)) os2 = offset;
        }
        if (head < 0 || os2 < 0 || head + 20 > font.Length || os2 + 78 > font.Length) return Fallback;
        double unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(span[(head + 18)..]);
        double winAscent = BinaryPrimitives.ReadUInt16BigEndian(span[(os2 + 74)..]);
        double winDescent = BinaryPrimitives.ReadUInt16BigEndian(span[(os2 + 76)..]);
        var height = (winAscent + winDescent) / unitsPerEm;
        return unitsPerEm > 0 && height is > 0.8 and < 3 ? height : Fallback;
    }
}
