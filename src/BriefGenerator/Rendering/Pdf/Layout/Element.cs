using BriefGenerator.Diagnostics;
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

    /// <summary>Where the block this element lays out came from (for layout diagnostics).</summary>
    public SourceSpan Span { get; private set; } = SourceSpan.None;

    /// <summary>Records where the element's block came from.</summary>
    public void LocateAt(SourceSpan span) => Span = span;

    /// <summary>Where the first content not yet drawn came from: this element's span, or a child's when a container
    /// knows better. Layout errors point here.</summary>
    public virtual SourceSpan Pending => Span;

    /// <summary>What fits in <paramref name="width"/> × <paramref name="height"/> points.</summary>
    public abstract SpacePlan Measure(double width, double height);

    /// <summary>Draws what <see cref="Measure"/> with the area's size promised, top-aligned in <paramref name="area"/>.</summary>
    public abstract void Draw(IPdfCanvas canvas, LayoutRect area);
}
