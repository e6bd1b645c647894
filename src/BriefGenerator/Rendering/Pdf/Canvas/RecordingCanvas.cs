using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>A canvas that only records what is drawn where: layout tests assert on it.</summary>
internal sealed class RecordingCanvas : IPdfCanvas
{
    private int _page = -1;
    private readonly Stack<StructureTag> _open = new();

    /// <summary>A text run as drawn.</summary>
    public sealed record TextOp(int Page, string Text, string Face, double Size, string Color, double X, double Baseline);

    /// <summary>A rule or filled rectangle as drawn.</summary>
    public sealed record ShapeOp(int Page, string Kind, double X1, double Y1, double X2, double Y2, string Color);

    /// <summary>A link area.</summary>
    public sealed record LinkOp(int Page, string? Url, string? TargetId, double X, double Y, double Width, double Height);

    /// <summary>An outline entry.</summary>
    public sealed record BookmarkOp(int Page, string Title, int Level, double Y);

    /// <summary>A structure element opened (<see cref="Begin"/> true) or closed.</summary>
    public sealed record TagOp(int Page, StructureTag Tag, bool Begin);

    /// <summary>An image as drawn, with the alt text of the figure it was drawn in (null outside a figure).</summary>
    public sealed record ImageOp(int Page, string Key, double X, double Y, double Width, double Height, string? Alt, bool InArtifact);

    public List<ImageOp> Images { get; } = new();
    private string? _figureAlt;

    public List<TextOp> Texts { get; } = new();
    public List<ShapeOp> Shapes { get; } = new();
    public List<LinkOp> Links { get; } = new();
    public List<BookmarkOp> Bookmarks { get; } = new();
    public List<TagOp> Tags { get; } = new();
    public Dictionary<string, PageAnchor> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Number of pages begun.</summary>
    public int PageCount => _page + 1;

    /// <summary>Page size of the last page begun.</summary>
    public (double Width, double Height) PageSize { get; private set; }

    private bool _inArtifact;

    /// <summary>True while drawing a running header or footer.</summary>
    public bool InArtifact => _inArtifact;

    /// <summary>Texts drawn as running headers or footers, per page.</summary>
    public List<TextOp> ArtifactTexts { get; } = new();

    public void BeginPage(int pageIndex, double width, double height) { _page = pageIndex; PageSize = (width, height); }
    public void EndPage() { }

    public void DrawText(string text, FontFace face, double size, string color, double x, double baseline)
    {
        var op = new TextOp(_page, text, face.FaceName, size, color, x, baseline);
        (_inArtifact ? ArtifactTexts : Texts).Add(op);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double width, string color) =>
        Shapes.Add(new ShapeOp(_page, "line", x1, y1, x2, y2, color));

    public void FillRect(double x, double y, double width, double height, string color) =>
        Shapes.Add(new ShapeOp(_page, "fill", x, y, x + width, y + height, color));

    public void DrawImage(Images.LoadedImage image, double x, double y, double width, double height) =>
        Images.Add(new ImageOp(_page, image.Key, x, y, width, height, _figureAlt, _inArtifact));

    public void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText) =>
        Links.Add(new LinkOp(_page, url, targetId, x, y, width, height));

    public void EndLink() { }

    public void BeginTag(StructureTag tag) { _open.Push(tag); Tags.Add(new TagOp(_page, tag, true)); }

    /// <summary>Spans set on table cells, in drawing order.</summary>
    /// <summary>Figures opened, with their alt text and bounding box (x, y from the page's top-left, points).</summary>
    public List<(int Page, string Alt, double X, double Y, double Width, double Height)> Figures { get; } = new();

    public void BeginFigure(string altText, double x, double y, double width, double height)
    {
        _figureAlt = altText;
        Figures.Add((_page, altText, x, y, width, height));
        BeginTag(StructureTag.Figure);
    }

    public void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color)
    {
        for (var i = 1; i < points.Count; i++)
            Shapes.Add(new ShapeOp(_page, "polyline", points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y, color));
    }

    public List<(int Columns, int Rows)> CellSpans { get; } = new();

    public void SpanCell(int columnSpan, int rowSpan) => CellSpans.Add((columnSpan, rowSpan));

    public void EndTag()
    {
        var tag = _open.Pop();
        if (tag == StructureTag.Figure) _figureAlt = null;
        Tags.Add(new TagOp(_page, tag, false));
    }

    public void BeginArtifact() => _inArtifact = true;
    public void EndArtifact() => _inArtifact = false;

    public void Anchor(string id, double y) => Anchors.TryAdd(id, new PageAnchor(_page, y));

    public void Bookmark(string title, int level, double y) => Bookmarks.Add(new BookmarkOp(_page, title, level, y));

    public void Later(Action<IPdfCanvas> draw) => draw(this);
}
