using System.Text;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>A font's ToUnicode CMap (ISO 32000-1 §9.10.3): each drawn glyph id (a two-byte code) to the characters it
/// stands for, in <c>bfchar</c> blocks of at most 100 entries.</summary>
internal static class ToUnicodeCMap
{
    /// <summary>The CMap for <paramref name="glyphs"/> (sorted) with <paramref name="texts"/>.</summary>
    public static byte[] Build(IReadOnlyDictionary<ushort, string> texts, ushort[] glyphs)
    {
        var b = new PdfBuffer(256 + glyphs.Length * 24);
        b.Bytes("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n"u8);
        b.Bytes("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n"u8);
        for (int i = 0; i < glyphs.Length; i += 100)
        {
            int n = Math.Min(100, glyphs.Length - i);
            b.Int(n).Bytes(" beginbfchar\n"u8);
            for (int k = i; k < i + n; k++)
            {
                b.Byte((byte)'<').Glyph(glyphs[k]).Bytes("><"u8);
                var text = texts[glyphs[k]];
                foreach (var c in text.Length == 0 ? "\u200B" : text) b.Glyph(c);
                b.Bytes(">\n"u8);
            }
            b.Bytes("endbfchar\n"u8);
        }
        b.Bytes("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8);
        return b.Span.ToArray();
    }
}
