using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>One note set in small type: its number in a hanging indent (a link back to the marker) and its paragraphs
/// beside it. Each page's part is tagged as a Note of its own (a note may continue on the next page).</summary>
internal sealed class NoteElement : Element
{
    private readonly Note _note;
    private readonly TextLine _label;
    private readonly Element _body;
    private readonly double _indent;

    public NoteElement(LayoutContext context, Note note, TextLine label, Element body, double indent) : base(context)
    {
        _note = note;
        _label = label;
        _body = body;
        _indent = indent;
    }

    /// <summary>The note's number.</summary>
    public int Number => _note.Number;

    /// <summary>True once some of the note is drawn.</summary>
    public bool Started { get; private set; }

    /// <summary>True once all of the note is drawn.</summary>
    public bool Done { get; private set; }

    public override SpacePlan Measure(double width, double height) => Done ? SpacePlan.Empty : _body.Measure(width - _indent, height);

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var plan = Measure(area.Width, area.Height);
        if (!plan.Places || plan.Kind == SpacePlanKind.Empty) return;
        canvas.BeginTag(StructureTag.Note);
        if (!Started)
        {
            canvas.Anchor(_note.Id, area.Y);
            LinePainter.Paint(canvas, _label, area.X + Math.Max(0, _indent - _label.Width - 3), area.Y);
            Started = true;
        }
        _body.Draw(canvas, area with { X = area.X + _indent, Width = area.Width - _indent });
        canvas.EndTag();
        Done = plan.Completes;
    }
}
