using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>An explicit page break: ends the page it is on, unless that page is still empty.</summary>
internal sealed class PageBreakElement : Element
{
    private bool _done;

    public PageBreakElement(LayoutContext context) : base(context) { }

    public override SpacePlan Measure(double width, double height) =>
        _done || height >= Context.ContentHeight - 0.5 ? SpacePlan.Empty : SpacePlan.Partial(0);

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        // Drawing the break means the page ends here; on the next page it has nothing left to do.
        _done = true;
    }
}
