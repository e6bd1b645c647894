using System.Buffers.Binary;
using System.Collections.Concurrent;
using BriefGenerator.Theming;

namespace BriefGenerator.Fonts;

/// <summary>The one TrueType reader both renderers use: a face's tables, units per em, line metrics, character map
/// (<c>cmap</c>, via <see cref="TrueTypeCmap"/>) and advance widths (<c>hmtx</c>). Read once per face per process.</summary>
internal sealed class TrueTypeFont
{
    /// <summary>Line height (ems) used when a font cannot be read.</summary>
    public const double FallbackLineHeight = 1.2;

    // Keyed by the face itself: a font library, and so its faces, is shared by the whole process.
    private static readonly ConcurrentDictionary<FontFace, TrueTypeFont> Cache = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<int, int> _glyphs;
    private readonly ushort[] _advances;

    private readonly Lazy<Dictionary<int, int>> _characters;

    private readonly Lazy<TrueTypeTables?> _tables;

    private TrueTypeFont(ReadOnlyMemory<byte>? data, Dictionary<int, int> glyphs, ushort[] advances, int unitsPerEm, double lineHeight,
        TrueTypeComposites composites)
    {
        Composites = composites;
        // Glyph to the lowest character that maps to it.
        _characters = new Lazy<Dictionary<int, int>>(() =>
        {
            var map = new Dictionary<int, int>();
            foreach (var (c, g) in glyphs.OrderBy(p => p.Key)) map.TryAdd(g, c);
            return map;
        });
        // The table directory only if someone asks for it (the PDF's subsets); the tables stay in the face's bytes.
        _tables = new Lazy<TrueTypeTables?>(() => data is { } bytes ? TrueTypeTables.Read(bytes) : null);
        _glyphs = glyphs;
        _advances = advances;
        UnitsPerEm = unitsPerEm;
        LineHeight = lineHeight;
    }

    /// <summary>The file's table directory, its tables read in place; null when the data is not a TrueType font.</summary>
    public TrueTypeTables? Tables => _tables.Value;

    /// <summary>Design units per em (1000 when unknown).</summary>
    public int UnitsPerEm { get; }

    /// <summary>The natural line height in ems (Windows ascent plus descent), which Word's "auto" spacing multiplies.</summary>
    public double LineHeight { get; }

    /// <summary>The parsed font of a library face (cached).</summary>
    public static TrueTypeFont Of(FontFace face) => Cache.GetOrAdd(face, static f => Read(f.Bytes));

    /// <summary>Parses font bytes; a file it cannot read gives an empty font (no glyphs, fallback metrics).</summary>
    public static TrueTypeFont Read(byte[]? data) => Read(data is null ? null : (ReadOnlyMemory<byte>?)data);

    /// <summary>Parses font bytes (an array's or a mapped file's); a file it cannot read gives an empty font.</summary>
    public static TrueTypeFont Read(ReadOnlyMemory<byte>? data)
    {
        // The tables are read where they lie in the face's bytes (which the face keeps): copying them, most of it the
        // outlines, cost a cold build more than anything else these few lines do.
        var tables = data is { } bytes ? TrueTypeTables.Read(bytes) : null;
        ReadOnlySpan<byte> Table(string tag) => tables is not null && tables.TryGet(tag, out var t) ? t.Span : default;
        var head = Table("head");
        var maxp = Table("maxp");
        int upem = head.Length >= 20 ? BinaryPrimitives.ReadUInt16BigEndian(head[18..]) : 0;
        int glyphCount = maxp.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]) : 0;
        var map = new Dictionary<int, int>();
        if (tables is not null && tables.TryGet("cmap", out var cmap) && TrueTypeCmap.Read(cmap.Span, glyphCount) is { } pairs)
            foreach (var (codePoint, glyph) in pairs) map.TryAdd(codePoint, glyph);
        return new TrueTypeFont(data, map, Advances(Table("hhea"), Table("hmtx"), tables?.TryGet("hmtx", out _) == true, glyphCount),
            upem > 0 ? upem : 1000, LineHeightOf(Table("OS/2"), upem), TrueTypeComposites.Of(tables));
    }

    /// <summary>True when the font maps the code point to a glyph other than .notdef.</summary>
    public bool HasGlyph(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>How composite glyphs are built.</summary>
    public TrueTypeComposites Composites { get; }

    /// <summary>A character the font maps to <paramref name="glyph"/>, or null when none does.</summary>
    public int? CharacterOf(int glyph) => _characters.Value.TryGetValue(glyph, out var c) ? c : null;

    /// <summary>The glyph id of a code point (0, .notdef, when unmapped).</summary>
    public int Glyph(int codePoint) => _glyphs.GetValueOrDefault(codePoint);

    /// <summary>The advance width of a glyph in design units, as its <c>hmtx</c> entry gives it.</summary>
    public int GlyphAdvance(int glyph) =>
        _advances.Length == 0 ? UnitsPerEm / 2 : _advances[Math.Clamp(glyph, 0, _advances.Length - 1)];

    /// <summary>The advance width of a code point in design units (the .notdef glyph's when unmapped).</summary>
    public int Advance(int codePoint)
    {
        var glyph = _glyphs.GetValueOrDefault(codePoint);
        if (_advances.Length == 0) return UnitsPerEm / 2;
        return _advances[Math.Min(glyph, _advances.Length - 1)];
    }

    private static ushort[] Advances(ReadOnlySpan<byte> hhea, ReadOnlySpan<byte> hmtx, bool hasHmtx, int glyphCount)
    {
        if (hhea.Length < 36 || !hasHmtx) return [];
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        if (metrics == 0 || hmtx.Length < 4 * metrics) return [];
        // Glyphs past the last long metric share its advance.
        var advances = new ushort[Math.Max(glyphCount, metrics)];
        for (var g = 0; g < advances.Length; g++)
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(g, metrics - 1))..]);
        return advances;
    }

    private static double LineHeightOf(ReadOnlySpan<byte> os2, int upem)
    {
        if (upem <= 0 || os2.Length < 78) return FallbackLineHeight;
        double winAscent = BinaryPrimitives.ReadUInt16BigEndian(os2[74..]);
        double winDescent = BinaryPrimitives.ReadUInt16BigEndian(os2[76..]);
        var height = (winAscent + winDescent) / upem;
        return height is > 0.8 and < 3 ? height : FallbackLineHeight;
    }
}
