using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The title page, in three parts: the masthead (organisation, series and number) at the top of the text
/// area; the accent bar and the title block (title, subtitle, and whatever else the cover holds) at the cover offset
/// of the style set's page furniture; the byline (authors, date) at the foot. The page is marked so that no running
/// header or footer is drawn on it. A cover too tall for that (a very long title) is stacked in one column: first at
/// the cover offset, then with most of the space above it given up, then set smaller, down to half its sizes; only a
/// cover that does not fit even then runs onto a second page, so nothing is ever lost.</summary>
internal sealed class CoverElement : Element
{
    private const double SmallestScale = 0.5;
    private const double TightOffset = 24; // room for the accent bar above the title
    private readonly Func<double, CoverParts> _build;
    private CoverParts? _parts;
    private Element? _stacked;
    private double _offset;
    private (double Width, double Height) _chosenFor = (-1, -1);
    private bool _designed;
    private bool _done;
    private bool _started;

    /// <param name="build">Builds the cover's content at a scale of its style sizes.</param>
    public CoverElement(LayoutContext context, Func<double, CoverParts> build) : base(context) => _build = build;

    private Theming.PageFurniture Furniture => Context.Styles.Furniture;

    /// <inheritdoc />
    public override Diagnostics.SourceSpan Pending => _stacked?.Pending is { IsKnown: true } inner ? inner : Span;

    public override SpacePlan Measure(double width, double height)
    {
        if (_done) return SpacePlan.Empty;
        Choose(width, height);
        if (_designed) return SpacePlan.Full(height);
        var offset = _started ? 0 : _offset;
        var plan = _stacked!.Measure(width, height - offset);
        return plan.Kind is SpacePlanKind.Full or SpacePlanKind.Partial ? plan with { Height = plan.Height + offset } : plan;
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        Choose(area.Width, area.Height);
        Context.CoverPages.Add(Context.PageIndex);
        var f = Furniture;
        if (!_started) LogoPainter.Cover(canvas, Context, area.Y);
        if (_designed)
        {
            var parts = _parts!;
            parts.Masthead?.Draw(canvas, area);
            Bar(canvas, area, f.CoverOffset);
            var main = parts.Main.Measure(area.Width, area.Height - f.CoverOffset).Height;
            parts.Main.Draw(canvas, area with { Y = area.Y + f.CoverOffset, Height = main });
            if (parts.Byline is not null)
            {
                var byline = parts.Byline.Measure(area.Width, area.Height).Height;
                parts.Byline.Draw(canvas, area with { Y = area.Y + area.Height - byline, Height = byline });
            }
            _started = _done = true;
            return;
        }
        var offset = _started ? 0 : _offset;
        if (!_started) Bar(canvas, area, offset);
        _started = true;
        _stacked!.Draw(canvas, area with { Y = area.Y + offset, Height = area.Height - offset });
    }

    private void Bar(IPdfCanvas canvas, LayoutRect area, double offset)
    {
        var f = Furniture;
        // A right-to-left cover starts its bar, like its lines, at the right edge.
        var barX = Context.RightToLeft ? area.X + area.Width - f.CoverBarWidth : area.X;
        canvas.FillRect(barX, area.Y + offset - f.CoverBarGap - f.CoverBarHeight, f.CoverBarWidth, f.CoverBarHeight, f.CoverBarColor);
    }

    // Chooses the layout once per offered page size, before anything is drawn; then keeps it.
    private void Choose(double width, double height)
    {
        if (_started || _chosenFor == (width, height)) return;
        _chosenFor = (width, height);
        var parts = _build(1);
        if (Fits(parts, width, height))
        {
            (_parts, _designed) = (parts, true);
            return;
        }
        _designed = false;
        foreach (var offset in new[] { Furniture.CoverOffset, TightOffset })
        {
            var stacked = _build(1).Stacked;
            if (stacked.Measure(width, height - offset).Kind is SpacePlanKind.Full or SpacePlanKind.Empty)
            {
                (_stacked, _offset) = (stacked, offset);
                return;
            }
        }
        (_stacked, _offset) = (_build(SmallestScale).Stacked, TightOffset);
    }

    // The three parts fit on one page without overlapping.
    private bool Fits(CoverParts parts, double width, double height)
    {
        var f = Furniture;
        var top = parts.Masthead?.Measure(width, height) ?? SpacePlan.Empty;
        var main = parts.Main.Measure(width, height - f.CoverOffset);
        var byline = parts.Byline?.Measure(width, height) ?? SpacePlan.Empty;
        if (!top.Completes || !main.Completes || !byline.Completes) return false;
        return top.Height + f.CoverBarGap + f.CoverBarHeight <= f.CoverOffset
            && f.CoverOffset + main.Height + 2 * f.CoverBarGap + byline.Height <= height;
    }
}
