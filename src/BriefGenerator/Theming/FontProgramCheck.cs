using System.Buffers.Binary;
using System.Text;

namespace BriefGenerator.Theming;

/// <summary>Checks that a font file is a TrueType font the renderers can use: the sfnt header, a table directory inside
/// the file, the tables both renderers read (head, hhea, hmtx, maxp, cmap, loca, glyf, name, OS/2, post), each inside
/// the file, with consistent sizes (hmtx for every metric, loca for every glyph) and a Unicode cmap. A truncated, empty or
/// garbage .ttf is then an error naming the file when it is loaded, not a crash while rendering.</summary>
internal static class FontProgramCheck
{
    private static readonly string[] Required = { "head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf", "name", "OS/2", "post" };

    /// <summary>Null when the font is usable, else what is wrong with it.</summary>
    public static string? Problem(ReadOnlySpan<byte> font)
    {
        if (font.Length == 0) return "the file is empty";
        if (font.Length < 12) return "the file is too short to be a font";
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version == 0x4F54544F) return "it is an OpenType font with CFF outlines; only TrueType (glyf) outlines are supported";
        if (version is not (0x00010000 or 0x74727565)) return "it is not a TrueType font (no sfnt header)";
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (count == 0 || 12 + 16 * count > font.Length) return "its table directory is cut short (a truncated file?)";
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (long)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (long)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length > font.Length) return $"its '{tag}' table runs past the end of the file (a truncated file?)";
            tables.TryAdd(tag, ((int)offset, (int)length));
        }
        if (Required.FirstOrDefault(t => !tables.ContainsKey(t)) is { } missing) return $"it has no '{missing}' table";

        var head = Table(font, tables["head"]);
        if (head.Length < 54 || BinaryPrimitives.ReadUInt32BigEndian(head[12..]) != 0x5F0F3CF5) return "its 'head' table is damaged";
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        if (unitsPerEm is < 16 or > 16384) return "its 'head' table gives an impossible units-per-em";
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) != 0;
        var maxp = Table(font, tables["maxp"]);
        if (maxp.Length < 6) return "its 'maxp' table is damaged";
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        if (glyphs == 0) return "it has no glyphs";
        var hhea = Table(font, tables["hhea"]);
        if (hhea.Length < 36) return "its 'hhea' table is damaged";
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        if (metrics == 0 || metrics > glyphs || tables["hmtx"].Length < 4 * metrics + 2 * (glyphs - metrics)) return "its 'hmtx' table is too short for its glyphs";
        if (tables["loca"].Length < (glyphs + 1) * (longLoca ? 4 : 2)) return "its 'loca' table is too short for its glyphs";
        return UnicodeCmap(Table(font, tables["cmap"])) ? null : "it has no Unicode character map (cmap 3,1 or 3,10)";
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, (int Offset, int Length) t) => font.Slice(t.Offset, t.Length);

    private static bool UnicodeCmap(ReadOnlySpan<byte> cmap)
    {
        if (cmap.Length < 4) return false;
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        if (4 + 8 * count > cmap.Length) return false;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + 8 * i, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (platform == 3 && encoding is 1 or 10 && offset + 4 <= (uint)cmap.Length) return true;
        }
        return false;
    }
}
