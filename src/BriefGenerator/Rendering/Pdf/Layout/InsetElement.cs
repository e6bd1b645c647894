using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Padding around a child, with an optional fill and left rule: block quotes and callouts. The box is
/// drawn per page fragment. A shaded box is padded on every fragment; an unshaded one (a quote) only gets its top
/// padding on the first.</summary>
internal sealed class InsetElement : Element
{
    private readonly Element _child;
    private readonly StructureTag? _tag;
    private bool _started;

    public InsetElement(LayoutContext context, Element child, StructureTag? tag = null) : base(context)
    {
        _child = child;
        _tag = tag;
    }

    public double Left { get; init; }
    public double Right { get; init; }
    public double Top { get; init; }
    public double Bottom { get; init; }
    public string? Fill { get; init; }
    public string? RuleColor { get; init; }
    public double RuleWidth { get; init; } = 2;

    private double TopPadding => _started && Fill is null ? 0 : Top;

    public override SpacePlan Measure(double width, double height)
    {
        var top = TopPadding;
        var plan = _child.Measure(width - Left - Right, height - top - Bottom);
        return plan.Kind switch
        {
            SpacePlanKind.Full or SpacePlanKind.Partial => plan with { Height = top + plan.Height + Bottom },
            _ => plan,
        };
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var plan = Measure(area.Width, area.Height);
        if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Empty) return;
        var top = TopPadding;
        if (!_started && _tag is { } tag) canvas.BeginTag(tag);
        _started = true;
        if (Fill is not null) canvas.FillRect(area.X, area.Y, area.Width, plan.Height, Fill);
        if (RuleColor is not null)
            canvas.DrawLine(area.X + RuleWidth / 2, area.Y, area.X + RuleWidth / 2, area.Y + plan.Height, RuleWidth, RuleColor);
        _child.Draw(canvas, new LayoutRect(area.X + Left, area.Y + top, area.Width - Left - Right, area.Height - top - Bottom));
        if (plan.Kind == SpacePlanKind.Full && _tag is not null) canvas.EndTag();
    }
}
