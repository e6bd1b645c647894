namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Stand-in character codes for glyphs that no single character maps to (ligatures such as "ffi",
/// contextual forms), one per face and glyph, for one PDF. PDFsharp learns a glyph from a character and writes the
/// <c>ToUnicode</c> map from the same pair, so such a glyph is drawn under a stand-in from Unicode's supplementary
/// private use area and the map's entry is rewritten to the characters it stands for when the file is finished
/// (<see cref="ToUnicodeMaps"/>); text extraction then gives "ffi", not the stand-in.</summary>
internal sealed class GlyphCodes
{
    /// <summary>The first stand-in code point (U+F0000, plane 15).</summary>
    public const int First = 0xF0000;

    /// <summary>One past the last stand-in (the plane's last two code points are noncharacters).</summary>
    public const int End = 0xFFFFE;

    private readonly Dictionary<(string Face, ushort Glyph), int> _codes = new();
    private readonly Dictionary<int, string> _texts = new();

    /// <summary>What each stand-in stands for.</summary>
    public IReadOnlyDictionary<int, string> Texts => _texts;

    /// <summary>The stand-in for <paramref name="glyph"/> of <paramref name="face"/> (a new one the first time, mapped to
    /// <paramref name="text"/>); null once all are taken, when the caller draws the characters unshaped.</summary>
    public int? For(string face, ushort glyph, string text)
    {
        // A glyph that stands for no character of its own (the second of a cluster) reads as a zero-width space.
        if (text.Length == 0) text = "\u200B";
        if (_codes.TryGetValue((face, glyph), out var code)) return code;
        if (First + _texts.Count >= End) return null;
        code = First + _texts.Count;
        _codes[(face, glyph)] = code;
        _texts[code] = text;
        return code;
    }
}
