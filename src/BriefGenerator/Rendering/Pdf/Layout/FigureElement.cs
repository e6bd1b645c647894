using BriefGenerator.Document;
using BriefGenerator.Images;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A figure: its image at the figure's width (height from the aspect ratio), then "Figure N: caption" in the
/// caption style, kept together and never split. A figure that does not fit the space left moves to the next page; one
/// taller than a whole page is scaled down to fit it. Tagged as a Div holding a Figure (with /Alt and its bounding box)
/// and its Caption.</summary>
internal sealed class FigureElement : Element
{
    private const double CaptionGap = 5;
    private readonly Figure _figure;
    private readonly LoadedImage? _image;
    private readonly IReadOnlyList<Fragment> _caption;
    private bool _done;

    public FigureElement(LayoutContext context, StyleSheet styles, Figure figure) : base(context)
    {
        _figure = figure;
        _image = figure.Content is ImageContent c && context.Images.TryGetValue(c.Path, out var image) ? image : null;
        var caption = styles.Caption;
        var runs = new List<StyledRun> { new(FigureLabel.Of(figure.Number) + ":", caption with { Style = Theming.FontStyle.Bold }) };
        if (figure.Caption.Count > 0) runs.Add(new StyledRun(" ", caption));
        runs.AddRange(InlineFlattener.Flatten(figure.Caption, caption, context.Theme));
        _caption = styles.Shape(runs, figure.Span);
    }

    public override SpacePlan Measure(double width, double height)
    {
        if (_done) return SpacePlan.Empty;
        var (_, h, captionHeight) = Size(width, height);
        var total = h + CaptionGap + captionHeight;
        if (total <= height + 0.01) return SpacePlan.Full(total) with { Notes = NoteNumbers.Of(Caption(width)) };
        return SpacePlan.Wrap("the figure and its caption do not fit");
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        if (_done || !Measure(area.Width, area.Height).Places) return;
        var (w, h, _) = Size(area.Width, area.Height);
        var y = area.Y;
        canvas.BeginTag(StructureTag.Div);
        if (_figure.Id is not null) canvas.Anchor(_figure.Id, y);
        if (_image is not null)
        {
            canvas.BeginFigure(_figure.Alt, area.X, y, w, h);
            canvas.DrawImage(_image, area.X, y, w, h);
            canvas.EndTag();
        }
        y += h + CaptionGap;
        canvas.BeginTag(StructureTag.Caption);
        canvas.BeginTag(StructureTag.P); // grouping elements hold no content of their own
        foreach (var line in Caption(area.Width)) { LinePainter.Paint(canvas, line, area.X, y, Context.Notes); y += line.Height; }
        canvas.EndTag();
        canvas.EndTag();
        canvas.EndTag();
        _done = true;
    }

    // The image's size: the figure's width, height from the aspect ratio; on a page of its own (where it must be placed)
    // scaled down until it and its caption fit the page.
    private (double Width, double Height, double CaptionHeight) Size(double width, double height)
    {
        var captionHeight = Caption(width).Sum(l => l.Height);
        if (_image is null) return (0, 0, captionHeight);
        var w = _figure.Width.Points(width);
        var h = w / _image.Aspect;
        var room = Math.Max(Context.ContentHeight - captionHeight - CaptionGap, 12);
        if (Context.Force) room = Math.Min(room, Math.Max(height - captionHeight - CaptionGap, 12));
        if (h > room) (w, h) = (room * _image.Aspect, room);
        return (w, h, captionHeight);
    }

    private IReadOnlyList<TextLine> Caption(double width) => Context.Breaker.Break(_caption, width, TextAlign.Left);
}
