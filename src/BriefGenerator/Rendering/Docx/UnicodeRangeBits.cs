using System.Buffers.Binary;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The OS/2 table's claims about coverage (<c>ulUnicodeRange</c> bits and the first and last character), made
/// true again for a subset: a bit whose blocks lost every character is cleared, so Word's font choice for a script
/// does not trust a subset that cannot draw it. Only the bits of the scripts the bundled faces cover are known here.</summary>
internal static class UnicodeRangeBits
{
    private static readonly (int Bit, (int From, int To)[] Ranges)[] Known =
    {
        (0, new[] { (0x0000, 0x007F) }), (1, new[] { (0x0080, 0x00FF) }), (2, new[] { (0x0100, 0x017F) }), (3, new[] { (0x0180, 0x024F) }),
        (4, new[] { (0x0250, 0x02AF), (0x1D00, 0x1DBF) }), (5, new[] { (0x02B0, 0x02FF), (0xA700, 0xA71F) }),
        (6, new[] { (0x0300, 0x036F), (0x1DC0, 0x1DFF) }), (7, new[] { (0x0370, 0x03FF) }), (8, new[] { (0x2C80, 0x2CFF) }),
        (9, new[] { (0x0400, 0x052F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F) }), (29, new[] { (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF) }),
        (30, new[] { (0x1F00, 0x1FFF) }),
    };

    /// <summary>A copy of <paramref name="os2"/> that claims only what <paramref name="codePoints"/> (the kept map) covers.</summary>
    public static byte[] Trim(byte[] os2, IReadOnlyCollection<int> codePoints)
    {
        var table = (byte[])os2.Clone();
        if (table.Length < 68 || codePoints.Count == 0) return table;
        var set = codePoints as IReadOnlySet<int> ?? codePoints.ToHashSet();
        foreach (var (bit, ranges) in Known)
        {
            if (ranges.Any(r => set.Any(c => c >= r.From && c <= r.To))) continue;
            int word = 42 + 4 * (bit / 32);
            var value = BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(word));
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(word), value & ~(1u << (bit % 32)));
        }
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(64), (ushort)Math.Min(set.Min(), 0xFFFF));
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(66), (ushort)Math.Min(set.Max(), 0xFFFF));
        return table;
    }
}
