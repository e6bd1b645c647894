using System.Buffers.Binary;
using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Docx;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>The font program embedded for a face (ISO 32000-1 §9.9, <c>FontFile2</c>): the tables a PDF reader needs
/// to draw TrueType glyphs by id (<c>head hhea hmtx loca glyf maxp</c> and the hinting tables <c>cvt fpgm prep</c>),
/// with the outlines of every glyph the document does not draw (nor a drawn composite glyph builds on) emptied. Glyph
/// ids stay as they are, so the content streams' codes (Identity-H, <c>/CIDToGIDMap /Identity</c>) name them directly.</summary>
internal static class GlyphIdSubset
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep" };

    /// <summary>The program for <paramref name="font"/> keeping <paramref name="glyphs"/>; null when the font cannot be
    /// read as TrueType with <c>glyf</c> outlines.</summary>
    public static byte[]? Subset(TrueTypeFont font, IEnumerable<ushort> glyphs)
    {
        if (font.Tables is not { } tables) return null;
        byte[]? head = null, maxp = null, loca = null, glyf = null;
        foreach (var (tag, data) in tables)
            switch (tag)
            {
                case "head": head ??= data; break;
                case "maxp": maxp ??= data; break;
                case "loca": loca ??= data; break;
                case "glyf": glyf ??= data; break;
            }
        if (head is null || maxp is null || loca is null || glyf is null || head.Length < 54 || maxp.Length < 6) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var offsets = FontSubsetter.ReadLoca(loca, count, longLoca, glyf.Length);
        if (offsets is null) return null;
        var keep = new bool[count];
        if (count > 0) keep[0] = true;
        foreach (var g in glyphs) if (g < count) keep[g] = true;
        if (!FontSubsetter.AddComponents(glyf, offsets, keep)) return null;

        var (newGlyf, newLoca) = FontSubsetter.Rebuild(glyf, offsets, keep, longLoca);
        // Short loca offsets count words: past 128 KB of outlines the subset needs long ones.
        if (!longLoca && newGlyf.Length > 0x1FFFE) (newGlyf, newLoca) = FontSubsetter.Rebuild(glyf, offsets, keep, longLoca = true);
        var newHead = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(longLoca ? 1 : 0));
        return TrueTypeFile.Write(tables.Where(t => Kept.Contains(t.Tag)).GroupBy(t => t.Tag).Select(g => g.First()).Select(t => t.Tag switch
        {
            "glyf" => (t.Tag, newGlyf),
            "loca" => (t.Tag, newLoca),
            "head" => (t.Tag, newHead),
            _ => (t.Tag, t.Data),
        }));
    }
}
