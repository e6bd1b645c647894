using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The title page: its content set a third of the way down, an accent rule above the title, and the
/// page marked so that no running header or footer is drawn on it.</summary>
internal sealed class CoverElement : Element
{
    private readonly Element _content;
    private bool _started;

    public CoverElement(LayoutContext context, Element content) : base(context) => _content = content;

    private double Offset => _started ? 0 : Math.Round(Context.ContentHeight * 0.28);

    public override SpacePlan Measure(double width, double height)
    {
        var offset = Offset;
        var plan = _content.Measure(width, height - offset);
        return plan.Kind is SpacePlanKind.Full or SpacePlanKind.Partial ? plan with { Height = plan.Height + offset } : plan;
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        Context.CoverPages.Add(Context.PageIndex);
        var offset = Offset;
        if (!_started)
            canvas.FillRect(area.X, area.Y + offset - 18, 56, 4, Context.Theme.Colors.Accent);
        _started = true;
        _content.Draw(canvas, area with { Y = area.Y + offset, Height = area.Height - offset });
    }
}
