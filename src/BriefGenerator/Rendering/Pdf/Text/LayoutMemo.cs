using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>What both layout passes of one render would otherwise compute twice: inlines shaped into fragments and
/// fragments broken into lines. Keys hold the document's inline lists and the shaped lists by reference (the tree and
/// the results are never changed), so a hit is the same input; a render's memo lives as long as its <see cref="FontSet"/>.</summary>
internal sealed class LayoutMemo
{
    private readonly Dictionary<(IReadOnlyList<Inline> Inlines, RunStyle Style), List<Fragment>> _shaped =
        new(new ShapeKeyComparer());
    private readonly Dictionary<(IReadOnlyList<Fragment> Fragments, double Width, TextAlign Align), List<TextLine>> _lines =
        new(new LinesKeyComparer());

    private readonly Dictionary<(object Owner, double Width), object> _parts = new(new PartKeyComparer());

    /// <summary>Something computed from a document node <paramref name="owner"/> (and a width), once: a whole table's
    /// shaped cells or geometry is one entry rather than one per cell.</summary>
    public T Part<T>(object owner, double width, Func<T> make) where T : class
    {
        if (_parts.TryGetValue((owner, width), out var part) && part is T hit) return hit;
        var made = make();
        _parts[(owner, width)] = made;
        return made;
    }

    /// <summary>The fragments of <paramref name="inlines"/> set in <paramref name="style"/>, shaped once.</summary>
    public List<Fragment> Shaped(IReadOnlyList<Inline> inlines, RunStyle style, Func<List<Fragment>> shape)
    {
        if (!_shaped.TryGetValue((inlines, style), out var fragments)) _shaped[(inlines, style)] = fragments = shape();
        return fragments;
    }

    /// <summary>The lines <paramref name="fragments"/> set into at <paramref name="width"/>, broken once.</summary>
    public List<TextLine> Lines(IReadOnlyList<Fragment> fragments, double width, TextAlign align, Func<List<TextLine>> lineBreak)
    {
        if (!_lines.TryGetValue((fragments, width, align), out var lines)) _lines[(fragments, width, align)] = lines = lineBreak();
        return lines;
    }

    private sealed class ShapeKeyComparer : IEqualityComparer<(IReadOnlyList<Inline> Inlines, RunStyle Style)>
    {
        public bool Equals((IReadOnlyList<Inline> Inlines, RunStyle Style) x, (IReadOnlyList<Inline> Inlines, RunStyle Style) y) =>
            ReferenceEquals(x.Inlines, y.Inlines) && x.Style.Equals(y.Style);

        public int GetHashCode((IReadOnlyList<Inline> Inlines, RunStyle Style) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Inlines), key.Style);
    }

    private sealed class PartKeyComparer : IEqualityComparer<(object Owner, double Width)>
    {
        public bool Equals((object Owner, double Width) x, (object Owner, double Width) y) =>
            ReferenceEquals(x.Owner, y.Owner) && x.Width.Equals(y.Width);

        public int GetHashCode((object Owner, double Width) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Owner), key.Width);
    }

    private sealed class LinesKeyComparer : IEqualityComparer<(IReadOnlyList<Fragment> Fragments, double Width, TextAlign Align)>
    {
        public bool Equals((IReadOnlyList<Fragment> Fragments, double Width, TextAlign Align) x, (IReadOnlyList<Fragment> Fragments, double Width, TextAlign Align) y) =>
            ReferenceEquals(x.Fragments, y.Fragments) && x.Width.Equals(y.Width) && x.Align == y.Align;

        public int GetHashCode((IReadOnlyList<Fragment> Fragments, double Width, TextAlign Align) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Fragments), key.Width, key.Align);
    }
}
