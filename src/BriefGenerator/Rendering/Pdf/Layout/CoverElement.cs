using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The title page: its content set a third of the way down, an accent rule above the title, and the
/// page marked so that no running header or footer is drawn on it. A cover too tall for its page (a very long title)
/// first gives up most of the space above it, then is set smaller, down to half its theme sizes; only a cover that does not fit
/// even then runs onto a second page, so nothing is ever lost.</summary>
internal sealed class CoverElement : Element
{
    private static readonly double[] Scales = { 1, 0.85, 0.7, 0.6, 0.5 };
    private const double TightOffset = 24; // room for the accent rule above the title
    private readonly Func<double, Element> _build;
    private Element? _content;
    private double _offset;
    private (double Width, double Height) _chosenFor = (-1, -1);
    private bool _started;

    /// <param name="build">Builds the cover's content at a scale of its theme sizes.</param>
    public CoverElement(LayoutContext context, Func<double, Element> build) : base(context) => _build = build;

    /// <inheritdoc />
    public override Diagnostics.SourceSpan Pending => _content?.Pending is { IsKnown: true } inner ? inner : Span;

    public override SpacePlan Measure(double width, double height)
    {
        var content = Choose(width, height);
        var offset = _started ? 0 : _offset;
        var plan = content.Measure(width, height - offset);
        return plan.Kind is SpacePlanKind.Full or SpacePlanKind.Partial ? plan with { Height = plan.Height + offset } : plan;
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var content = Choose(area.Width, area.Height);
        Context.CoverPages.Add(Context.PageIndex);
        var offset = _started ? 0 : _offset;
        if (!_started)
            canvas.FillRect(area.X, area.Y + offset - 18, 56, 4, Context.Theme.Colors.Accent);
        _started = true;
        _content = content;
        _content.Draw(canvas, area with { Y = area.Y + offset, Height = area.Height - offset });
    }

    // Chooses the offset and scale once per offered page size, before anything is drawn; then keeps them.
    private Element Choose(double width, double height)
    {
        if (_started || (_content is not null && _chosenFor == (width, height))) return _content!;
        var full = Math.Round(Context.ContentHeight * 0.28);
        foreach (var offset in new[] { full, TightOffset })
            foreach (var scale in offset > 0 ? new[] { 1.0 } : Scales)
            {
                var content = _build(scale);
                if (content.Measure(width, height - offset).Kind is SpacePlanKind.Full or SpacePlanKind.Empty)
                    return Keep(content, offset, width, height);
            }
        return Keep(_build(Scales[^1]), TightOffset, width, height);
    }

    private Element Keep(Element content, double offset, double width, double height)
    {
        _content = content;
        _offset = offset;
        _chosenFor = (width, height);
        return content;
    }
}
