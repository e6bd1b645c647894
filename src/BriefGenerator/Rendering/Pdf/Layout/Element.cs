using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A piece of layout. <see cref="Measure"/> says what fits in the offered space without changing anything;
/// <see cref="Draw"/> draws exactly that and advances the element's own progress, so the next page continues where
/// this one stopped.</summary>
internal abstract class Element
{
    protected Element(LayoutContext context) => Context = context;

    protected LayoutContext Context { get; }

    /// <summary>Never leave this element last on a page (headings, captions).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>What fits in <paramref name="width"/> × <paramref name="height"/> points.</summary>
    public abstract SpacePlan Measure(double width, double height);

    /// <summary>Draws what <see cref="Measure"/> with the area's size promised, top-aligned in <paramref name="area"/>.</summary>
    public abstract void Draw(IPdfCanvas canvas, LayoutRect area);
}
