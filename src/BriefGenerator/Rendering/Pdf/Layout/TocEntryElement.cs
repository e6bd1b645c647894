using System.Globalization;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>One line of the contents list: the heading's text (a link to it) and, right-aligned on its last line,
/// the page it starts on, drawn once the heading has landed (<see cref="IPdfCanvas.LaterAt"/>).</summary>
internal sealed class TocEntryElement : Element
{
    private const double NumberColumn = 36;
    private readonly TextBlockElement _title;
    private readonly string _targetId;
    private readonly RunStyle _style;
    private bool _started;

    public TocEntryElement(LayoutContext context, TextBlockElement title, string targetId, RunStyle style) : base(context)
    {
        _title = title;
        _targetId = targetId;
        _style = style;
    }

    /// <summary>Left indent (subsections sit under their section).</summary>
    public double Indent { get; init; }

    public override SpacePlan Measure(double width, double height) => _title.Measure(width - Indent - NumberColumn, height);

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var plan = Measure(area.Width, area.Height);
        if (!plan.Places || plan.Kind == SpacePlanKind.Empty) return;
        if (!_started) canvas.BeginTag(StructureTag.TOCI);
        _started = true;
        var width = area.Width - Indent - NumberColumn;
        _title.Draw(canvas, new LayoutRect(area.X + Indent, area.Y, width, area.Height));
        if (plan.Kind != SpacePlanKind.Full) return;

        var lines = _title.Lines(width);
        var last = lines.Count == 0 ? null : lines[^1];
        var top = area.Y + plan.Height - (last?.Height ?? 0);
        // The number only fills its own column, so the layout does not depend on it: it is drawn once every heading has landed.
        if (last is not null)
        {
            var x = area.X + area.Width - NumberColumn;
            canvas.LaterAt(_targetId, c => DrawNumber(c, x, top));
        }
        canvas.EndTag();
    }

    private void DrawNumber(IPdfCanvas canvas, double x, double top)
    {
        if (!Context.Anchors.TryGetValue(_targetId, out var anchor)) return;
        var number = (anchor.PageIndex + 1).ToString(CultureInfo.InvariantCulture);
        var frags = new StyleSheet(Context).Shape(new[] { new StyledRun(number, _style) }, Diagnostics.SourceSpan.None);
        var line = Context.Breaker.Break(frags, NumberColumn, TextAlign.Right)[0];
        canvas.BeginTag(StructureTag.P);
        LinePainter.Paint(canvas, line, x, top);
        canvas.EndTag();
    }
}
