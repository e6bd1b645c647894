using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BriefGenerator.Caching;
using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes a <see cref="PdfFontResource"/>: the subset program (<see cref="GlyphIdSubset"/>), its descriptor,
/// the CIDFontType2 with the drawn glyphs' widths (<c>/W</c>), the ToUnicode CMap and the Type0 font. The name is a
/// tag of six capitals drawn from the subset program's hash and the face's PostScript name (ISO 32000-1 §9.6.4), so the
/// same glyphs give the same name on every build.</summary>
internal static class PdfFontWriter
{
    // Subset programs per face (the face object: a font file read again is a new face) and glyph set, for the process:
    // a warm rebuild draws mostly the glyphs it drew before.
    private static readonly ConditionalWeakTable<FontFace, LruCache<Sha256Key, byte[]>> Subsets = new();

    /// <summary>Writes the font's objects; <paramref name="names"/> are the names taken so far in this file.</summary>
    public static void Write(PdfFileWriter file, PdfFontResource font, HashSet<string> names)
    {
        var glyphs = font.Texts.Keys.Order().ToArray();
        var tt = font.Font;
        var subsets = Subsets.GetValue(font.Face, static _ => new LruCache<Sha256Key, byte[]>(16));
        var program = subsets.GetOrAdd(Sha256Key.Of(MemoryMarshal.AsBytes(glyphs.AsSpan())),
            _ => GlyphIdSubset.Subset(tt, glyphs) ?? font.Face.Data);
        var name = Name(font, program, names);
        double scale = 1000.0 / tt.UnitsPerEm;

        int programNumber = file.Allocate(), descriptor = file.Allocate(), cidFont = file.Allocate(), toUnicode = file.Allocate();
        var d = file.Scratch;
        d.Clear();
        d.Bytes("/Length1 "u8).Int(program.Length);
        file.Stream(programNumber, d.Span, program);

        d.Clear();
        var m = Metrics.Of(tt);
        d.Bytes("<</Type/FontDescriptor/FontName"u8).Name(name).Bytes("/Flags 32/FontBBox["u8)
            .Num(m.XMin * scale).Sp().Num(m.YMin * scale).Sp().Num(m.XMax * scale).Sp().Num(m.YMax * scale)
            .Bytes("]/ItalicAngle "u8).Num(m.ItalicAngle).Bytes("/Ascent "u8).Num(m.Ascent * scale).Bytes("/Descent "u8).Num(m.Descent * scale)
            .Bytes("/CapHeight "u8).Num(m.CapHeight * scale).Bytes("/StemV 80/FontFile2 "u8).Ref(programNumber).Bytes(">>"u8);
        file.Object(descriptor, d.Span);

        d.Clear();
        d.Bytes("<</Type/Font/Subtype/CIDFontType2/BaseFont"u8).Name(name)
            .Bytes("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8).Ref(descriptor)
            .Bytes("/CIDToGIDMap/Identity/W["u8);
        for (int i = 0; i < glyphs.Length;)
        {
            int j = i;
            d.Int(glyphs[i]).Byte((byte)'[');
            do
            {
                if (j > i) d.Sp();
                d.Num(tt.GlyphAdvance(glyphs[j]) * scale);
                j++;
            }
            while (j < glyphs.Length && glyphs[j] == glyphs[j - 1] + 1);
            d.Byte((byte)']');
            i = j;
        }
        d.Bytes("]>>"u8);
        file.Object(cidFont, d.Span);

        file.Stream(toUnicode, default, ToUnicodeCMap.Build(font.Texts, glyphs));

        d.Clear();
        d.Bytes("<</Type/Font/Subtype/Type0/BaseFont"u8).Name(name).Bytes("/Encoding/Identity-H/DescendantFonts["u8).Ref(cidFont)
            .Bytes("]/ToUnicode "u8).Ref(toUnicode).Bytes(">>"u8);
        file.Object(font.Number, d.Span);
    }

    private static string Name(PdfFontResource font, byte[] program, HashSet<string> names)
    {
        var postScript = EmbeddedFontNames.Sanitize(PostScriptNames.Of(font.Face));
        var hash = Sha256.HashData(program);
        Span<char> tag = stackalloc char[6];
        for (int salt = 0; ; salt++)
        {
            var h = salt == 0 ? hash : Sha256.HashData([.. hash, (byte)salt]);
            for (int i = 0; i < 6; i++) tag[i] = (char)('A' + h[i] % 26);
            var name = new string(tag) + "+" + postScript;
            if (names.Add(name)) return name;
        }
    }

    /// <summary>What the font descriptor needs from the font's <c>head</c>, <c>hhea</c>, <c>OS/2</c> and <c>post</c> tables.</summary>
    private readonly record struct Metrics(int XMin, int YMin, int XMax, int YMax, int Ascent, int Descent, int CapHeight, double ItalicAngle)
    {
        public static Metrics Of(TrueTypeFont font)
        {
            int xMin = 0, yMin = 0, xMax = 1000, yMax = 1000, ascent = 800, descent = -200, cap = 700;
            double italic = 0;
            var tables = font.Tables;
            foreach (var entry in tables?.Entries ?? [])
            {
                var tag = entry.Tag;
                var t = tables!.Data(entry).Span;
                if (tag == "head" && t.Length >= 44)
                {
                    xMin = BinaryPrimitives.ReadInt16BigEndian(t[36..]); yMin = BinaryPrimitives.ReadInt16BigEndian(t[38..]);
                    xMax = BinaryPrimitives.ReadInt16BigEndian(t[40..]); yMax = BinaryPrimitives.ReadInt16BigEndian(t[42..]);
                }
                else if (tag == "hhea" && t.Length >= 8)
                {
                    ascent = BinaryPrimitives.ReadInt16BigEndian(t[4..]); descent = BinaryPrimitives.ReadInt16BigEndian(t[6..]);
                }
                else if (tag == "OS/2" && t.Length >= 90) cap = BinaryPrimitives.ReadInt16BigEndian(t[88..]);
                else if (tag == "post" && t.Length >= 8) italic = BinaryPrimitives.ReadInt32BigEndian(t[4..]) / 65536.0;
            }
            return new Metrics(xMin, yMin, xMax, yMax, ascent, descent, cap, Math.Round(italic, 2));
        }
    }
}
