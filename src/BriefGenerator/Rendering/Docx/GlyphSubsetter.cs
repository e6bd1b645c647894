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
    public static byte[]? Subset(byte[] font, IReadOnlySet<int> codePoints)
    {
        var tables = TrueTypeFile.ReadTables(font);
        if (tables is null) return null;
        var byTag = tables.GroupBy(t => t.Tag).ToDictionary(g => g.Key, g => g.First().Data);
        if (!byTag.TryGetValue("head", out var head) || !byTag.TryGetValue("maxp", out var maxp) || !byTag.TryGetValue("loca", out var loca)
            || !byTag.TryGetValue("glyf", out var glyf) || !byTag.TryGetValue("cmap", out var cmap) || !byTag.TryGetValue("hhea", out var hhea)
            || !byTag.TryGetValue("hmtx", out var hmtx) || head.Length < 54 || maxp.Length < 6 || hhea.Length < 36)
            return null;
        if (byTag.TryGetValue("OS/2", out var os2) && os2.Length >= 10 && (BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(8)) & 0x0100) != 0)
            return null;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var offsets = FontSubsetter.ReadLoca(loca, glyphs, longLoca, glyf.Length);
        var map = TrueTypeCmap.Read(cmap, glyphs);
        if (offsets is null || map is null || metrics < 1 || metrics > glyphs || hmtx.Length < 4 * metrics + 2 * (glyphs - metrics)) return null;

        var keep = new bool[glyphs];
        keep[0] = true;
        foreach (var (codePoint, glyph) in map)
            if (codePoints.Contains(codePoint)) keep[glyph] = true;
        if (!FontSubsetter.AddComponents(glyf, offsets, keep)) return null;
        var newId = new int[glyphs];
        var order = new List<int>();
        for (var g = 0; g < glyphs; g++)
        {
            newId[g] = keep[g] ? order.Count : -1;
            if (keep[g]) order.Add(g);
        }
        var keptMap = map.Where(p => codePoints.Contains(p.CodePoint)).Select(p => (p.CodePoint, newId[p.Glyph])).ToList();
        var newCmap = TrueTypeCmapWriter.Write(keptMap);
        if (newCmap is null) return null;

        var (newGlyf, newLoca) = Glyphs(glyf, offsets, order, newId, longLoca);
        var newMaxp = (byte[])maxp.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)order.Count);
        var newHhea = (byte[])hhea.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)order.Count);
        var newHmtx = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var g = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * Math.Min(g, metrics - 1)));
            var bearing = g < metrics ? BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(4 * g + 2)) : BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(4 * metrics + 2 * (g - metrics)));
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(4 * i + 2), bearing);
        }
        var keptCodePoints = keptMap.Select(p => p.CodePoint).ToHashSet();
        return TrueTypeFile.Write(tables.Where(t => Kept.Contains(t.Tag)).Select(t => t.Tag switch
        {
            "glyf" => (t.Tag, newGlyf),
            "loca" => (t.Tag, newLoca),
            "cmap" => (t.Tag, newCmap),
            "maxp" => (t.Tag, newMaxp),
            "hhea" => (t.Tag, newHhea),
            "hmtx" => (t.Tag, newHmtx),
            "post" => (t.Tag, Post(t.Data)),
            "OS/2" => (t.Tag, UnicodeRangeBits.Trim(t.Data, keptCodePoints)),
            _ => (t.Tag, (byte[])t.Data.Clone()),
        }));
    }

    // The kept glyphs in their new order, composite glyphs pointing at their components' new numbers.
    private static (byte[] Glyf, byte[] Loca) Glyphs(byte[] glyf, int[] offsets, List<int> order, int[] newId, bool longLoca)
    {
        using var data = new MemoryStream();
        var loca = new byte[(order.Count + 1) * (longLoca ? 4 : 2)];
        for (var i = 0; i <= order.Count; i++)
        {
            var at = (int)data.Position;
            if (longLoca) BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)at);
            else BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(at / 2));
            if (i == order.Count) break;
            var g = order[i];
            var bytes = glyf.AsSpan(offsets[g], offsets[g + 1] - offsets[g]).ToArray();
            if (bytes.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(bytes) < 0) Renumber(bytes, newId);
            data.Write(bytes);
            for (var pad = bytes.Length; pad % 4 != 0; pad++) data.WriteByte(0);
        }
        return (data.ToArray(), loca);
    }

    // A composite glyph's component records (checked by FontSubsetter.AddComponents) get the new glyph numbers.
    private static void Renumber(byte[] glyph, int[] newId)
    {
        var p = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(p));
            int component = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(p + 2));
            BinaryPrimitives.WriteUInt16BigEndian(glyph.AsSpan(p + 2), (ushort)newId[component]);
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) p += 2;
            else if ((flags & 0x0040) != 0) p += 4;
            else if ((flags & 0x0080) != 0) p += 8;
        }
        while ((flags & 0x0020) != 0 && p + 4 <= glyph.Length);
    }

    // post format 3: the same metrics, no glyph names.
    private static byte[] Post(byte[] post)
    {
        var table = new byte[32];
        post.AsSpan(0, Math.Min(32, post.Length)).CopyTo(table);
        BinaryPrimitives.WriteUInt32BigEndian(table, 0x00030000);
        return table;
    }
}
