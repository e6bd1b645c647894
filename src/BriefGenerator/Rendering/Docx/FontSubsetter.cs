using System.Buffers.Binary;
using BriefGenerator.Fonts;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Makes embedded fonts smaller the way Word's own "embed only the characters used" does: glyph ids, metrics
/// and layout tables stay as they are, and the outlines of glyphs no text can reach are emptied. Kept: glyph 0,
/// every glyph of Latin, punctuation, symbols and ligature ranges, every 128-code-point block the document's text
/// touches (and those of its language, see <see cref="LanguageBlocks"/>), every glyph no character maps to (ligatures
/// and alternates reached through GSUB), and the components of kept composite glyphs. The subset is honest about what
/// it dropped: its character map and OS/2 coverage list only the characters it can still draw, so a character typed
/// later is drawn with another font rather than as blank space. Returns null for a font it cannot read or whose
/// licence forbids subsetting, which is then embedded whole.</summary>
internal static class FontSubsetter
{
    private static readonly (int From, int To)[] AlwaysKept =
    {
        (0x0020, 0x036F), (0x2000, 0x206F), (0x20A0, 0x214F), (0x2190, 0x22FF), (0x25A0, 0x25FF), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD),
    };

    /// <summary>The font with unreachable outlines removed, or null when the font is not a TrueType file it understands.</summary>
    /// <param name="blocks">Code point blocks (<c>codePoint &gt;&gt; 7</c>) the document uses.</param>
    public static byte[]? Subset(ReadOnlyMemory<byte> font, IReadOnlySet<int> blocks)
    {
        // The face's tables are read in place (slices of its bytes); only the changed tables are new.
        var tables = TrueTypeTables.Read(font);
        if (tables is null) return null;
        if (!tables.TryGet("head", out var head) || !tables.TryGet("maxp", out var maxp) || !tables.TryGet("loca", out var loca)
            || !tables.TryGet("glyf", out var glyf) || !tables.TryGet("cmap", out var cmap) || head.Length < 54 || maxp.Length < 6)
            return null;
        // The font's licence may forbid subsetting (OS/2 fsType bit 8): then it is embedded whole.
        if (tables.TryGet("OS/2", out var os2) && os2.Length >= 10 && (BinaryPrimitives.ReadUInt16BigEndian(os2.Span[8..]) & 0x0100) != 0)
            return null;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.Span[4..]);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.Span[50..]) == 1;
        var offsets = ReadLoca(loca.Span, glyphs, longLoca, glyf.Length);
        var map = TrueTypeCmap.Read(cmap.Span, glyphs);
        if (offsets is null || map is null) return null;

        var keep = new bool[glyphs];
        var mapped = new bool[glyphs];
        keep[0] = true;
        var keptMap = new List<(int CodePoint, int Glyph)>();
        foreach (var (codePoint, glyph) in map)
        {
            mapped[glyph] = true;
            if (!Kept(codePoint, blocks)) continue;
            keep[glyph] = true;
            keptMap.Add((codePoint, glyph));
        }
        var newCmap = TrueTypeCmapWriter.Write(keptMap);
        if (newCmap is null) return null;
        var keptCodePoints = new HashSet<int>(keptMap.Count);
        foreach (var (codePoint, _) in keptMap) keptCodePoints.Add(codePoint);
        for (var g = 0; g < glyphs; g++) if (!mapped[g]) keep[g] = true;
        if (!AddComponents(glyf.Span, offsets, keep)) return null;

        var (newGlyf, newLoca) = Rebuild(glyf.Span, offsets, keep, longLoca);
        var result = new List<(string Tag, ReadOnlyMemory<byte> Data)>(tables.Entries.Count);
        foreach (var entry in tables.Entries)
        {
            if (entry.Tag == "DSIG") continue; // a signature no longer matches the changed file
            var data = tables.Data(entry);
            result.Add((entry.Tag, entry.Tag switch
            {
                "glyf" => newGlyf,
                "loca" => newLoca,
                "cmap" => newCmap,
                "OS/2" => UnicodeRangeBits.Trim(data.ToArray(), keptCodePoints),
                _ => data,
            }));
        }
        return TrueTypeFile.Write(result);
    }

    private static bool Kept(int codePoint, IReadOnlySet<int> blocks)
    {
        if (blocks.Contains(codePoint >> 7)) return true;
        foreach (var (from, to) in AlwaysKept) if (codePoint >= from && codePoint <= to) return true;
        return false;
    }

    internal static int[]? ReadLoca(byte[] loca, int glyphs, bool longFormat, int glyfLength) => ReadLoca(loca.AsSpan(), glyphs, longFormat, glyfLength);

    internal static int[]? ReadLoca(ReadOnlySpan<byte> loca, int glyphs, bool longFormat, int glyfLength)
    {
        var offsets = new int[glyphs + 1];
        if (loca.Length < (glyphs + 1) * (longFormat ? 4 : 2)) return null;
        for (var i = 0; i <= glyphs; i++)
        {
            offsets[i] = longFormat ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * i)..]) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * i)..]);
            if (offsets[i] > glyfLength || (i > 0 && offsets[i] < offsets[i - 1])) return null;
        }
        return offsets;
    }

    internal static bool AddComponents(byte[] glyf, int[] offsets, bool[] keep) => AddComponents(glyf.AsSpan(), offsets, keep);

    // Composite glyphs draw other glyphs: keep those too, transitively.
    internal static bool AddComponents(ReadOnlySpan<byte> glyf, int[] offsets, bool[] keep)
    {
        var pending = new Stack<int>();
        for (var g = 0; g < keep.Length; g++) if (keep[g]) pending.Push(g);
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            int start = offsets[g], end = offsets[g + 1];
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) continue;
            var p = start + 10;
            ushort flags;
            do
            {
                if (p + 4 > end) return false;
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[p..]);
                int component = BinaryPrimitives.ReadUInt16BigEndian(glyf[(p + 2)..]);
                if (component >= keep.Length) return false;
                if (!keep[component]) { keep[component] = true; pending.Push(component); }
                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) p += 2;
                else if ((flags & 0x0040) != 0) p += 4;
                else if ((flags & 0x0080) != 0) p += 8;
            }
            while ((flags & 0x0020) != 0);
        }
        return true;
    }

    /// <summary>The <c>glyf</c> and <c>loca</c> tables holding only the glyphs marked in <paramref name="keep"/> (the
    /// others emptied, so glyph ids stay), with long or short offsets as asked.</summary>
    internal static (byte[] Glyf, byte[] Loca) Rebuild(ReadOnlySpan<byte> glyf, int[] offsets, bool[] keep, bool longLoca)
    {
        var glyphs = keep.Length;
        var size = 0;
        for (var g = 0; g < glyphs; g++) if (keep[g]) size += (offsets[g + 1] - offsets[g] + 3) & ~3;
        var data = new byte[size];
        var loca = new byte[(glyphs + 1) * (longLoca ? 4 : 2)];
        var at = 0;
        for (var g = 0; g <= glyphs; g++)
        {
            if (longLoca) BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)at);
            else BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * g), (ushort)(at / 2));
            if (g == glyphs || !keep[g]) continue;
            var length = offsets[g + 1] - offsets[g];
            glyf.Slice(offsets[g], length).CopyTo(data.AsSpan(at));
            at += (length + 3) & ~3; // keeps offsets even for short loca; the padding stays zero
        }
        return (data, loca);
    }
}
