using System.Buffers.Binary;

namespace BriefGenerator.Fonts;

/// <summary>The components of composite glyphs (<c>glyf</c>, through <c>loca</c>): a glyph built from others, such as
/// an Arabic letter from its dotless form and a dot that is itself built from another outline.</summary>
internal sealed class TrueTypeComposites
{
    private const int MaxDepth = 8;
    private readonly ReadOnlyMemory<byte>? _glyf;
    private readonly ReadOnlyMemory<byte> _loca;
    private readonly bool _longOffsets;
    private readonly Dictionary<int, int[]> _deep = new();

    public TrueTypeComposites(IReadOnlyDictionary<string, byte[]> tables)
    {
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca)
            || !tables.TryGetValue("head", out var head) || head.Length < 54) return;
        (_glyf, _loca) = (glyf, loca);
        _longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) != 0;
    }

    private TrueTypeComposites(ReadOnlyMemory<byte> glyf, ReadOnlyMemory<byte> loca, bool longOffsets) =>
        (_glyf, _loca, _longOffsets) = (glyf, loca, longOffsets);

    /// <summary>The composites of a face's tables read in place (nothing copied); none when it has no outlines.</summary>
    public static TrueTypeComposites Of(TrueTypeTables? tables) =>
        tables is not null && tables.TryGet("glyf", out var glyf) && tables.TryGet("loca", out var loca)
            && tables.TryGet("head", out var head) && head.Length >= 54
            ? new TrueTypeComposites(glyf, loca, BinaryPrimitives.ReadInt16BigEndian(head.Span[50..]) != 0)
            : new TrueTypeComposites(new Dictionary<string, byte[]>());

    /// <summary>The glyphs a composite glyph is built from at the second level and deeper (components of its
    /// components), in a stable order; empty for a simple glyph.</summary>
    public int[] Deep(int glyph)
    {
        lock (_deep)
        {
            if (_deep.TryGetValue(glyph, out var found)) return found;
            var result = new List<int>();
            var seen = new HashSet<int> { glyph };
            foreach (var c in Components(glyph)) { seen.Add(c); }
            foreach (var c in Components(glyph)) Collect(c, 1, seen, result);
            return _deep[glyph] = result.ToArray();
        }
    }

    private void Collect(int glyph, int depth, HashSet<int> seen, List<int> result)
    {
        if (depth >= MaxDepth) return;
        foreach (var c in Components(glyph))
        {
            if (!seen.Add(c)) continue;
            result.Add(c);
            Collect(c, depth + 1, seen, result);
        }
    }

    private List<int> Components(int glyph)
    {
        var list = new List<int>();
        if (_glyf is null || !TryRange(glyph, out var start, out var end) || end - start < 10) return list;
        var glyf = _glyf.Value.Span;
        if (BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) return list; // simple glyph
        for (int at = start + 10; at + 4 <= end;)
        {
            int flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[at..]);
            list.Add(BinaryPrimitives.ReadUInt16BigEndian(glyf[(at + 2)..]));
            at += 4 + ((flags & 0x1) != 0 ? 4 : 2);
            if ((flags & 0x8) != 0) at += 2;
            else if ((flags & 0x40) != 0) at += 4;
            else if ((flags & 0x80) != 0) at += 8;
            if ((flags & 0x20) == 0) break;
        }
        return list;
    }

    private bool TryRange(int glyph, out int start, out int end)
    {
        start = end = 0;
        int size = _longOffsets ? 4 : 2;
        if (glyph < 0 || (glyph + 2) * size > _loca.Length) return false;
        start = Offset(glyph);
        end = Offset(glyph + 1);
        return start <= end && end <= _glyf!.Value.Length;
    }

    private int Offset(int glyph) => _longOffsets
        ? (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(_loca.Span[(4 * glyph)..]), int.MaxValue)
        : 2 * BinaryPrimitives.ReadUInt16BigEndian(_loca.Span[(2 * glyph)..]);
}
