using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The title page, in three parts: the masthead (organisation, series and number) at the top of the text
/// area; the accent bar and the title block (title, subtitle, and whatever else the cover holds) at the cover offset
/// of the style set's page furniture; the byline (authors, date) at the foot. The page is marked so that no running
/// header or footer is drawn on it. A cover too long for that (a very long title) is set as one column from the
/// offset down instead, continuing on the next page.</summary>
internal sealed class CoverElement : Element
{
    private readonly Element? _masthead;
    private readonly Element _main;
    private readonly Element? _byline;
    private readonly Element _stacked;
    private bool _designed;
    private bool _started;

    public CoverElement(LayoutContext context, Element? masthead, Element main, Element? byline, Element stacked) : base(context)
    {
        _masthead = masthead;
        _main = main;
        _byline = byline;
        _stacked = stacked;
    }

    private Theming.PageFurniture Furniture => Context.Styles.Furniture;

    private double Offset => _started ? 0 : Furniture.CoverOffset;

    public override SpacePlan Measure(double width, double height)
    {
        if (_designed) return SpacePlan.Empty;
        if (!_started && Designed(width, height)) return SpacePlan.Full(height);
        var offset = Offset;
        var plan = _stacked.Measure(width, height - offset);
        return plan.Kind is SpacePlanKind.Full or SpacePlanKind.Partial ? plan with { Height = plan.Height + offset } : plan;
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        Context.CoverPages.Add(Context.PageIndex);
        var f = Furniture;
        if (!_started && Designed(area.Width, area.Height))
        {
            _masthead?.Draw(canvas, area);
            Bar(canvas, area);
            var main = _main.Measure(area.Width, area.Height - f.CoverOffset).Height;
            _main.Draw(canvas, area with { Y = area.Y + f.CoverOffset, Height = main });
            if (_byline is not null)
            {
                var byline = _byline.Measure(area.Width, area.Height).Height;
                _byline.Draw(canvas, area with { Y = area.Y + area.Height - byline, Height = byline });
            }
            _started = _designed = true;
            return;
        }
        var offset = Offset;
        if (!_started) Bar(canvas, area);
        _started = true;
        _stacked.Draw(canvas, area with { Y = area.Y + offset, Height = area.Height - offset });
    }

    private void Bar(IPdfCanvas canvas, LayoutRect area)
    {
        var f = Furniture;
        canvas.FillRect(area.X, area.Y + f.CoverOffset - f.CoverBarGap - f.CoverBarHeight, f.CoverBarWidth, f.CoverBarHeight, f.CoverBarColor);
    }

    // The three parts fit on one page without overlapping.
    private bool Designed(double width, double height)
    {
        var f = Furniture;
        var top = _masthead?.Measure(width, height) ?? SpacePlan.Empty;
        var main = _main.Measure(width, height - f.CoverOffset);
        var byline = _byline?.Measure(width, height) ?? SpacePlan.Empty;
        if (!top.Completes || !main.Completes || !byline.Completes) return false;
        return top.Height + f.CoverBarGap + f.CoverBarHeight <= f.CoverOffset
            && f.CoverOffset + main.Height + 2 * f.CoverBarGap + byline.Height <= height;
    }
}
