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
        // The tables are read where they lie in the face's bytes; only the subset's own tables are new.
        if (font.Tables is not { } tables || !tables.TryGet("head", out var headData) || !tables.TryGet("maxp", out var maxpData)
            || !tables.TryGet("loca", out var locaData) || !tables.TryGet("glyf", out var glyfData)) return null;
        var head = headData.Span;
        var maxp = maxpData.Span;
        var glyf = glyfData.Span;
        if (head.Length < 54 || maxp.Length < 6) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var offsets = FontSubsetter.ReadLoca(locaData.Span, count, longLoca, glyf.Length);
        if (offsets is null) return null;
        var keep = new bool[count];
        if (count > 0) keep[0] = true;
        foreach (var g in glyphs) if (g < count) keep[g] = true;
        if (!FontSubsetter.AddComponents(glyf, offsets, keep)) return null;

        var (newGlyf, newLoca) = FontSubsetter.Rebuild(glyf, offsets, keep, longLoca);
        // Short loca offsets count words: past 128 KB of outlines the subset needs long ones.
        if (!longLoca && newGlyf.Length > 0x1FFFE) (newGlyf, newLoca) = FontSubsetter.Rebuild(glyf, offsets, keep, longLoca = true);
        var newHead = head.ToArray();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(longLoca ? 1 : 0));
        // The first table of each kept tag, in file order.
        var kept = new List<(string Tag, ReadOnlyMemory<byte> Data)>(Kept.Count);
        foreach (var entry in tables.Entries)
        {
            if (!Kept.Contains(entry.Tag) || kept.Exists(t => t.Tag == entry.Tag)) continue;
            kept.Add((entry.Tag, entry.Tag switch
            {
                "glyf" => newGlyf,
                "loca" => newLoca,
                "head" => newHead,
                _ => tables.Data(entry),
            }));
        }
        return TrueTypeFile.Write(kept);
    }
}
