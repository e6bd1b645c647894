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

    /// <summary>Reads <paramref name="count"/> bytes at <paramref name="offset"/> of a font (always inside the file).</summary>
    internal delegate ReadOnlySpan<byte> Reader(long offset, int count);

    /// <summary>Null when the font is usable, else what is wrong with it.</summary>
    public static string? Problem(byte[] font) => Problem((ReadOnlyMemory<byte>)font);

    /// <summary>Null when the font is usable, else what is wrong with it.</summary>
    public static string? Problem(ReadOnlyMemory<byte> font) => Problem(font.Length, (offset, count) => font.Span.Slice((int)offset, count));

    /// <summary>Null when the font of <paramref name="length"/> bytes is usable, else what is wrong with it; reads only
    /// the table directory and the few table headers it checks (about 1 KB), through <paramref name="read"/>.</summary>
    internal static string? Problem(long length, Reader read)
    {
        if (length == 0) return "the file is empty";
        if (length < 12) return "the file is too short to be a font";
        var header = read(0, 12);
        var version = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (version == 0x4F54544F) return "it is an OpenType font with CFF outlines; only TrueType (glyf) outlines are supported";
        if (version is not (0x00010000 or 0x74727565)) return "it is not a TrueType font (no sfnt header)";
        int count = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        if (count == 0 || 12 + 16 * count > length) return "its table directory is cut short (a truncated file?)";
        var directory = read(12, 16 * count);
        var tables = new Dictionary<string, (long Offset, long Length)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = directory.Slice(16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (long)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var size = (long)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + size > length) return $"its '{tag}' table runs past the end of the file (a truncated file?)";
            tables.TryAdd(tag, (offset, size));
        }
        if (Required.FirstOrDefault(t => !tables.ContainsKey(t)) is { } missing) return $"it has no '{missing}' table";

        // Each table is read only as far as the check looks into it; its declared length is what the checks compare.
        ReadOnlySpan<byte> Start((long Offset, long Length) t, int most) => read(t.Offset, (int)Math.Min(t.Length, most));
        var head = tables["head"];
        var headStart = Start(head, 54);
        if (head.Length < 54 || BinaryPrimitives.ReadUInt32BigEndian(headStart[12..]) != 0x5F0F3CF5) return "its 'head' table is damaged";
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(headStart[18..]);
        if (unitsPerEm is < 16 or > 16384) return "its 'head' table gives an impossible units-per-em";
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(headStart[50..]) != 0;
        if (tables["maxp"].Length < 6) return "its 'maxp' table is damaged";
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(Start(tables["maxp"], 6)[4..]);
        if (glyphs == 0) return "it has no glyphs";
        if (tables["hhea"].Length < 36) return "its 'hhea' table is damaged";
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(Start(tables["hhea"], 36)[34..]);
        if (metrics == 0 || metrics > glyphs || tables["hmtx"].Length < 4 * metrics + 2 * (glyphs - metrics)) return "its 'hmtx' table is too short for its glyphs";
        if (tables["loca"].Length < (glyphs + 1) * (longLoca ? 4 : 2)) return "its 'loca' table is too short for its glyphs";
        var cmap = tables["cmap"];
        if (cmap.Length < 4) return NoCmap;
        var subtables = (int)Math.Min(cmap.Length, 4 + 8 * BinaryPrimitives.ReadUInt16BigEndian(Start(cmap, 4)[2..]));
        return UnicodeCmap(read(cmap.Offset, subtables), cmap.Length) ? null : NoCmap;
    }

    private const string NoCmap = "it has no Unicode character map (cmap 3,1 or 3,10)";

    // The cmap's start (its header and encoding records, as far as the table goes); length is the whole table's.
    private static bool UnicodeCmap(ReadOnlySpan<byte> cmap, long length)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        if (4 + 8 * count > length) return false;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + 8 * i, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (platform == 3 && encoding is 1 or 10 && offset + 4 <= length) return true;
        }
        return false;
    }
}
