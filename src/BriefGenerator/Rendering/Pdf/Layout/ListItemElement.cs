using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A list item: its label (bullet or number) in the hanging indent, its body beside it.
/// The label shares the first body line's baseline because both are set in the body style. In a right-to-left brief
/// the item is mirrored: the label stands in an indent at the right edge, the body beside it to its left.</summary>
internal sealed class ListItemElement : Element
{
    private readonly TextLine _label;
    private readonly Element _body;
    private readonly double _indent;
    private bool _started;

    public ListItemElement(LayoutContext context, TextLine label, Element body, double indent) : base(context)
    {
        _label = label;
        _body = body;
        _indent = indent;
    }

    public override SpacePlan Measure(double width, double height) => _body.Measure(width - _indent, height);

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var plan = Measure(area.Width, area.Height);
        if (!plan.Places) return;
        if (!_started && plan.Kind != SpacePlanKind.Empty)
        {
            canvas.BeginTag(StructureTag.LI);
            canvas.BeginTag(StructureTag.Lbl);
            // Right-align the label in the indent, a quarter em from the body (mirrored right to left).
            var gap = Math.Max(0, _indent - _label.Width - 4);
            var x = Context.RightToLeft ? area.X + area.Width - gap - _label.Width : area.X + gap;
            LinePainter.Paint(canvas, _label, x, area.Y);
            canvas.EndTag();
            _started = true;
        }
        _body.Draw(canvas, area with { X = Context.RightToLeft ? area.X : area.X + _indent, Width = area.Width - _indent });
        if (plan.Completes && _started) canvas.EndTag();
    }
}
