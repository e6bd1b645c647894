using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>The lines of paragraph-like blocks set before in this process, keyed on everything a break depends on: the
/// fragments (text, face, style, measured width), the measure, the alignment, the paragraph settings (hyphenation
/// language, stretch) and the theme's line height. A rebuild after an edit (<c>brief watch</c>) sets only the
/// paragraphs that changed. Bounded (least recently used forgotten first); the lines are immutable and shared.</summary>
internal static class LineBreakCache
{
    /// <summary>At most 4,096 paragraphs and 100,000 placed fragments (a word or a space each; the seed brief's 64
    /// paragraph-like blocks have about 3,300), some 15 MB: a watch session's briefs fit, and a build of many briefs keeps its memory flat.</summary>
    internal static readonly LruCache<Key, IReadOnlyList<TextLine>> Lines = new(4096, 100_000, Weigh);

    /// <summary>The lines for this paragraph, set by <paramref name="breaker"/> when they are not cached.</summary>
    public static IReadOnlyList<TextLine> Break(LineBreaker breaker, IReadOnlyList<Fragment> fragments, double maxWidth, TextAlign align,
        ParagraphSettings? paragraph)
    {
        var key = new Key(fragments.ToArray(), maxWidth, align, paragraph, breaker.LineHeight);
        return Lines.GetOrAdd(key, _ => breaker.Break(fragments, maxWidth, align, paragraph));
    }

    // An entry's weight: one, and one for each placed fragment of its lines.
    private static long Weigh(IReadOnlyList<TextLine> lines)
    {
        long weight = 1;
        for (var i = 0; i < lines.Count; i++) weight += lines[i].Fragments.Count;
        return weight;
    }

    /// <summary>What a paragraph's lines depend on. Fragments compare by value (their faces by identity: a changed font
    /// file is a new face). The hash takes of each fragment only its face, its text's length and its measured width:
    /// what is cheap to hash and almost always tells two paragraphs apart (the width is the text's, measured); equal
    /// keys hash alike, and <see cref="Equals(Key?)"/> compares everything. (Hashing every fragment's text and style
    /// strings was a fifth of the cost of setting a paragraph that is not cached, as in a build of many briefs.)</summary>
    internal sealed class Key : IEquatable<Key>
    {
        private readonly Fragment[] _fragments;
        private readonly double _width;
        private readonly TextAlign _align;
        private readonly ParagraphSettings? _paragraph;
        private readonly double _lineHeight;
        private readonly int _hash;

        public Key(Fragment[] fragments, double width, TextAlign align, ParagraphSettings? paragraph, double lineHeight)
        {
            (_fragments, _width, _align, _paragraph, _lineHeight) = (fragments, width, align, paragraph, lineHeight);
            var hash = new HashCode();
            hash.Add(width);
            hash.Add(align);
            hash.Add(paragraph);
            hash.Add(lineHeight);
            foreach (var f in fragments)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(f.Face));
                hash.Add(f.Text.Length);
                hash.Add(f.Width);
            }
            _hash = hash.ToHashCode();
        }

        public bool Equals(Key? other) => other is not null && _hash == other._hash && _width.Equals(other._width) && _align == other._align
            && Equals(_paragraph, other._paragraph) && _lineHeight.Equals(other._lineHeight) && _fragments.AsSpan().SequenceEqual(other._fragments);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
