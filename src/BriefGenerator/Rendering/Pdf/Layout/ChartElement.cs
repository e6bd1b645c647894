using BriefGenerator.Charts;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Charts;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A chart drawn from its table's data, right after the table: vectors in a tagged <c>Figure</c> with the
/// chart's alt text and its bounding box. It is never split; it moves to the next page when it does not fit.</summary>
internal sealed class ChartElement : Element
{
    private readonly ChartData _data;
    private readonly ChartText _text;
    private ChartGeometry? _geometry;
    private bool _done;

    public ChartElement(LayoutContext context, ChartData data) : base(context)
    {
        _data = data;
        _text = new ChartText(context.Fonts, context.Styles.TableCell);
    }

    public override SpacePlan Measure(double width, double height)
    {
        if (_done) return SpacePlan.Empty;
        var g = Geometry(width);
        return g.Height <= height + 0.01 || Context.Force ? SpacePlan.Full(g.Height) : SpacePlan.Wrap("the chart does not fit");
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        if (_done || !Measure(area.Width, area.Height).Places) return;
        var g = Geometry(area.Width);
        canvas.BeginFigure(_data.AltText, area.X, area.Y, g.Width, g.Height);
        ChartPainter.Draw(canvas, _data, g, _text, Context.Theme, area.X, area.Y);
        canvas.EndTag();
        _done = true;
    }

    private ChartGeometry Geometry(double width)
    {
        if (_geometry is not null && Math.Abs(_geometry.Width - width) < 0.001) return _geometry;
        return _geometry = ChartGeometry.Compute(_data, _text, width, Context.ContentHeight);
    }
}
