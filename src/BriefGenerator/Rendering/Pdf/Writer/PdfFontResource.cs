using System.Globalization;
using System.Text;
using BriefGenerator.Fonts;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>A face as one PDF font (Type0 over CIDFontType2, Identity-H, glyph ids as codes): which glyphs the document
/// draws and what characters each stands for. Written once the document is finished (<see cref="PdfFontWriter"/>):
/// only then is the subset known.</summary>
internal sealed class PdfFontResource
{
    private readonly Dictionary<ushort, string> _texts = new();
    // One bit per glyph id: set once the glyph was seen standing for exactly its character-map characters (then its
    // text is settled). Looked up for every glyph drawn, so a bit set rather than a hash set.
    private readonly ulong[] _direct = new ulong[65536 / 64];

    /// <summary>The font for <paramref name="face"/>, <paramref name="index"/>th in the document, as object <paramref name="number"/>.</summary>
    public PdfFontResource(FontFace face, int index, int number)
    {
        Face = face;
        Font = TrueTypeFont.Of(face);
        Index = index;
        Number = number;
        ResourceName = "F" + index.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The face.</summary>
    public FontFace Face { get; }

    /// <summary>The face's parsed tables and metrics.</summary>
    public TrueTypeFont Font { get; }

    /// <summary>Order of first use in the document.</summary>
    public int Index { get; }

    /// <summary>The Type0 font's object number.</summary>
    public int Number { get; }

    /// <summary>The name pages' resources give it (<c>F0</c>, <c>F1</c>, …).</summary>
    public string ResourceName { get; }

    /// <summary>The glyphs drawn and the text each stands for (its ToUnicode entry).</summary>
    public IReadOnlyDictionary<ushort, string> Texts => _texts;

    /// <summary>True when <paramref name="glyph"/>'s text is settled (<see cref="Use"/> would change nothing): the caller
    /// need not work out its characters.</summary>
    public bool Settled(ushort glyph) => (_direct[glyph >> 6] & (1UL << glyph)) != 0;

    /// <summary>Notes that <paramref name="glyph"/> was drawn for <paramref name="characters"/>. A glyph the font's
    /// character map gives for exactly those characters keeps them; otherwise the first characters seen stay (a
    /// ligature's "ffi"; a glyph that stands for none of the text, the second of a cluster, reads as a zero-width space).</summary>
    public void Use(ushort glyph, ReadOnlySpan<char> characters)
    {
        if ((_direct[glyph >> 6] & (1UL << glyph)) != 0) return;
        bool direct = characters.Length > 0 && Rune.DecodeFromUtf16(characters, out var rune, out var used) == System.Buffers.OperationStatus.Done
            && used == characters.Length && Font.Glyph(rune.Value) == glyph;
        if (direct)
        {
            _direct[glyph >> 6] |= 1UL << glyph;
            _texts[glyph] = characters.ToString();
        }
        else if (!_texts.ContainsKey(glyph)) _texts[glyph] = characters.Length == 0 ? "\u200B" : characters.ToString();
    }
}
