using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using BriefGenerator.Theming;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace BriefGenerator.Fonts;

/// <summary>Shapes text with HarfBuzz: kerning, standard ligatures and mark positioning from the font's own
/// OpenType tables. A run is always one face and one style, so nothing is kerned or joined across a change of style.
/// Results are in design units and cached per face and text for the whole process (the width at any size follows).
/// A face HarfBuzz cannot read is set from its advance widths alone.</summary>
internal static class TextShaper
{
    private const int MaxCachedPerFace = 20_000;
    private const int MaxCachedLinesPerFace = 2_048;
    private const char SoftHyphen = '\u00AD';

    // Keyed by the face itself, like TrueTypeFont: libraries and their faces are shared by the whole process.
    private static readonly ConcurrentDictionary<FontFace, Shaper> Shapers = new(ReferenceEqualityComparer.Instance);

    // The thread's last face and its shaper: text comes a face at a time (a word, then the next, mostly in one face),
    // and the lookup in Shapers was one more hash lookup for every word measured or shaped.
    [ThreadStatic] private static FontFace? _lastFace;
    [ThreadStatic] private static Shaper? _lastShaper;

    private static Shaper ShaperOf(FontFace face)
    {
        if (ReferenceEquals(face, _lastFace)) return _lastShaper!;
        var shaper = Shapers.GetOrAdd(face, static f => new Shaper(f));
        (_lastFace, _lastShaper) = (face, shaper);
        return shaper;
    }

    /// <summary>The shaped glyphs of <paramref name="text"/> in <paramref name="face"/>.</summary>
    public static ShapedText Shape(string text, FontFace face) => ShaperOf(face).Shape(text);

    /// <summary>The shaped text of <paramref name="text"/> in <paramref name="face"/> when the cache holds it (its
    /// <see cref="ShapedText.Text"/> is then a string equal to <paramref name="text"/>, so a caller cutting words out of
    /// a run need not make one); false when it would have to be shaped.</summary>
    public static bool TryCached(ReadOnlySpan<char> text, FontFace face, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ShapedText? shaped)
    {
        return ShaperOf(face).TryCached(text, out shaped);
    }

    /// <summary>As <see cref="Shape"/>, for a whole line as it is drawn: kept apart from the words and measured text,
    /// in a smaller cache, since a line is rarely drawn again except by a rebuild of its brief (<c>brief watch</c>), and
    /// in a build of many briefs the lines would otherwise crowd the words out of the cache.</summary>
    public static ShapedText ShapeLine(string text, FontFace face) => ShaperOf(face).ShapeLine(text);

    private sealed class Shaper
    {
        private readonly FontFace _face;
        private readonly Font? _font;
        private readonly int _unitsPerEm;
        private readonly object _gate = new();
        private readonly ConcurrentDictionary<string, ShapedText> _cache = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ShapedText>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        // Entries added since the cache was last emptied, kept here because ConcurrentDictionary.Count takes every
        // one of its locks (on each miss, that was 4 % of a many-brief build's CPU and made the workers wait on each other).
        private int _added;
        private readonly ConcurrentDictionary<string, ShapedText> _lines = new(StringComparer.Ordinal);
        private int _linesAdded;

        public Shaper(FontFace face)
        {
            _face = face;
            _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
            var data = face.Bytes;
            if (data.Length == 0 || face.Problem is not null) { _unitsPerEm = TrueTypeFont.Of(face).UnitsPerEm; return; }
            // The bytes stay pinned (or mapped) for the life of the process, as the face and its parsed font do.
            var pinned = data.Pin();
            IntPtr pointer;
            unsafe { pointer = (IntPtr)pinned.Pointer; }
            var blob = new Blob(pointer, data.Length, MemoryMode.ReadOnly);
            var hbFace = new Face(blob, 0);
            _unitsPerEm = hbFace.UnitsPerEm > 0 ? hbFace.UnitsPerEm : 1000;
            _font = new Font(hbFace);
            _font.SetScale(_unitsPerEm, _unitsPerEm);
        }

        public ShapedText Shape(string text) =>
            _cache.TryGetValue(text, out var shaped) ? shaped : Add(_cache, ref _added, MaxCachedPerFace, text);

        public bool TryCached(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ShapedText? shaped) =>
            _bySpan.TryGetValue(text, out shaped);

        // The word cache holds no text with a space (FontSet cuts runs at spaces) but for a few measured elsewhere: a
        // line with one (most) is looked up among the lines alone.
        public ShapedText ShapeLine(string text) =>
            (!text.Contains(' ') && _cache.TryGetValue(text, out var shaped)) || _lines.TryGetValue(text, out shaped)
                ? shaped
                : Add(_lines, ref _linesAdded, MaxCachedLinesPerFace, text);

        // Shapes text into cache, which is emptied once it has taken max entries (a bound without an LRU's bookkeeping).
        private ShapedText Add(ConcurrentDictionary<string, ShapedText> cache, ref int added, int max, string text)
        {
            var shaped = _font is null ? Unshaped(text) : Shaped(text);
            if (Interlocked.Increment(ref added) > max)
            {
                cache.Clear();
                Interlocked.Exchange(ref added, 0);
            }
            return cache.GetOrAdd(text, shaped);
        }

        private ShapedText Shaped(string text)
        {
            using var buffer = new Buffer();
            buffer.AddUtf16(text);
            buffer.GuessSegmentProperties();
            // Each character its own cluster where the font allows (marks too), so every glyph maps back to text.
            buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
            var rtl = buffer.Direction == Direction.RightToLeft;
            lock (_gate) _font!.Shape(buffer);
            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            var glyphs = new ShapedGlyph[infos.Length];
            for (int i = 0; i < glyphs.Length; i++)
                glyphs[i] = new ShapedGlyph((ushort)infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance,
                    positions[i].XOffset, positions[i].YOffset);
            if (text.Contains(SoftHyphen)) ShowSoftHyphens(text, glyphs);
            return new ShapedText(text, glyphs, _unitsPerEm, rtl);
        }

        // HarfBuzz hides a soft hyphen (a default-ignorable character) behind the space glyph. Text only reaches the
        // shaper with one where a line breaks at it (the line breaker drops the others), so it is drawn as the font's
        // own soft-hyphen glyph, else its hyphen; that glyph's ToUnicode entry then stays U+00AD, and the space glyph's
        // stays a space.
        private void ShowSoftHyphens(string text, ShapedGlyph[] glyphs)
        {
            var font = TrueTypeFont.Of(_face);
            var glyph = font.Glyph(SoftHyphen) is > 0 and var own ? own : font.Glyph('-');
            if (glyph == 0) return;
            for (int i = 0; i < glyphs.Length; i++)
                if (glyphs[i].Cluster < text.Length && text[glyphs[i].Cluster] == SoftHyphen)
                    glyphs[i] = new ShapedGlyph((ushort)glyph, glyphs[i].Cluster, font.GlyphAdvance(glyph), 0, 0);
        }

        // Without HarfBuzz: one glyph per character, nominal advances.
        private ShapedText Unshaped(string text)
        {
            var font = TrueTypeFont.Of(_face);
            var glyphs = new List<ShapedGlyph>(text.Length);
            for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                var cp = char.ConvertToUtf32(text, i);
                glyphs.Add(new ShapedGlyph((ushort)font.Glyph(cp), i, font.Advance(cp), 0, 0));
            }
            return new ShapedText(text, glyphs.ToArray(), font.UnitsPerEm);
        }
    }
}
