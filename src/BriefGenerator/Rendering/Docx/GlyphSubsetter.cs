using System.Buffers.Binary;
using BriefGenerator.Fonts;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A real subset of a TrueType face, as Word's "embed only the characters used in the document" makes it: only
/// the glyphs of the given characters (and glyph 0 and the components of kept composite glyphs) remain, renumbered from
/// 0, with <c>loca</c>, <c>hmtx</c>, <c>maxp</c>, <c>hhea</c> and a new <c>cmap</c> to match, glyph names dropped
/// (<c>post</c> format 3) and the OpenType layout tables (GSUB, GPOS, GDEF, which name glyphs by their old numbers) left
/// out, as is any table this does not know to be valid for fewer glyphs. Returns null for a font it cannot read, one
/// without TrueType outlines, or one whose licence forbids subsetting; those are embedded whole.</summary>
internal static class GlyphSubsetter
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep",
    };

    /// <summary>The subset drawing exactly <paramref name="codePoints"/> (those the face has), or null.</summary>
    public static byte[]? Subset(ReadOnlyMemory<byte> font, IReadOnlySet<int> codePoints)
    {
        // The face's tables are read in place (slices of its bytes); only the subset's own tables are new.
        var tables = TrueTypeTables.Read(font);
        if (tables is null) return null;
        if (!tables.TryGet("head", out var head) || !tables.TryGet("maxp", out var maxp) || !tables.TryGet("loca", out var loca)
            || !tables.TryGet("glyf", out var glyf) || !tables.TryGet("cmap", out var cmap) || !tables.TryGet("hhea", out var hhea)
            || !tables.TryGet("hmtx", out var hmtx) || head.Length < 54 || maxp.Length < 6 || hhea.Length < 36)
            return null;
        if (tables.TryGet("OS/2", out var os2) && os2.Length >= 10 && (BinaryPrimitives.ReadUInt16BigEndian(os2.Span[8..]) & 0x0100) != 0)
            return null;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.Span[4..]);
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.Span[34..]);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.Span[50..]) == 1;
        var offsets = FontSubsetter.ReadLoca(loca.Span, glyphs, longLoca, glyf.Length);
        var map = TrueTypeCmap.Read(cmap.Span, glyphs);
        if (offsets is null || map is null || metrics < 1 || metrics > glyphs || hmtx.Length < 4 * metrics + 2 * (glyphs - metrics)) return null;

        var keep = new bool[glyphs];
        keep[0] = true;
        var kept = new List<(int CodePoint, int Glyph)>();
        foreach (var pair in map)
            if (codePoints.Contains(pair.CodePoint)) { keep[pair.Glyph] = true; kept.Add(pair); }
        if (!FontSubsetter.AddComponents(glyf.Span, offsets, keep)) return null;
        var newId = new int[glyphs];
        var order = new List<int>();
        for (var g = 0; g < glyphs; g++)
        {
            newId[g] = keep[g] ? order.Count : -1;
            if (keep[g]) order.Add(g);
        }
        var keptMap = new List<(int CodePoint, int Glyph)>(kept.Count);
        var keptCodePoints = new HashSet<int>(kept.Count);
        foreach (var (codePoint, glyph) in kept)
        {
            keptMap.Add((codePoint, newId[glyph]));
            keptCodePoints.Add(codePoint);
        }
        var newCmap = TrueTypeCmapWriter.Write(keptMap);
        if (newCmap is null) return null;

        var (newGlyf, newLoca) = Glyphs(glyf.Span, offsets, order, newId, longLoca);
        var newMaxp = maxp.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)order.Count);
        var newHhea = hhea.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)order.Count);
        var newHmtx = new byte[4 * order.Count];
        var hm = hmtx.Span;
        for (var i = 0; i < order.Count; i++)
        {
            var g = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hm[(4 * Math.Min(g, metrics - 1))..]);
            var bearing = g < metrics ? BinaryPrimitives.ReadInt16BigEndian(hm[(4 * g + 2)..]) : BinaryPrimitives.ReadInt16BigEndian(hm[(4 * metrics + 2 * (g - metrics))..]);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(4 * i + 2), bearing);
        }
        var result = new List<(string Tag, ReadOnlyMemory<byte> Data)>(Kept.Count);
        foreach (var entry in tables.Entries)
        {
            if (!Kept.Contains(entry.Tag)) continue;
            var data = tables.Data(entry);
            result.Add((entry.Tag, entry.Tag switch
            {
                "glyf" => newGlyf,
                "loca" => newLoca,
                "cmap" => newCmap,
                "maxp" => newMaxp,
                "hhea" => newHhea,
                "hmtx" => newHmtx,
                "post" => Post(data.Span),
                "OS/2" => UnicodeRangeBits.Trim(data.ToArray(), keptCodePoints),
                _ => data,
            }));
        }
        return TrueTypeFile.Write(result);
    }

    // The kept glyphs in their new order, composite glyphs pointing at their components' new numbers.
    private static (byte[] Glyf, byte[] Loca) Glyphs(ReadOnlySpan<byte> glyf, int[] offsets, List<int> order, int[] newId, bool longLoca)
    {
        var size = 0;
        foreach (var g in order) size += (offsets[g + 1] - offsets[g] + 3) & ~3;
        var data = new byte[size];
        var loca = new byte[(order.Count + 1) * (longLoca ? 4 : 2)];
        var at = 0;
        for (var i = 0; i <= order.Count; i++)
        {
            if (longLoca) BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)at);
            else BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(at / 2));
            if (i == order.Count) break;
            var g = order[i];
            var length = offsets[g + 1] - offsets[g];
            var bytes = data.AsSpan(at, length);
            glyf.Slice(offsets[g], length).CopyTo(bytes);
            if (length >= 10 && BinaryPrimitives.ReadInt16BigEndian(bytes) < 0) Renumber(bytes, newId);
            at += (length + 3) & ~3; // the padding stays zero
        }
        return (data, loca);
    }

    // A composite glyph's component records (checked by FontSubsetter.AddComponents) get the new glyph numbers.
    private static void Renumber(Span<byte> glyph, int[] newId)
    {
        var p = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[p..]);
            int component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(p + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(glyph[(p + 2)..], (ushort)newId[component]);
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) p += 2;
            else if ((flags & 0x0040) != 0) p += 4;
            else if ((flags & 0x0080) != 0) p += 8;
        }
        while ((flags & 0x0020) != 0 && p + 4 <= glyph.Length);
    }

    // post format 3: the same metrics, no glyph names.
    private static byte[] Post(ReadOnlySpan<byte> post)
    {
        var table = new byte[32];
        post[..Math.Min(32, post.Length)].CopyTo(table);
        BinaryPrimitives.WriteUInt32BigEndian(table, 0x00030000);
        return table;
    }
}
