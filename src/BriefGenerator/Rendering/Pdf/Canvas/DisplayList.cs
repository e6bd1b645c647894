using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>A canvas that keeps every drawing call in order so the document is laid out once and then replayed onto
/// the real canvas. While recording it counts pages and notes where link targets land; drawing that depends on those
/// (see <see cref="IPdfCanvas.Later"/>) is kept as a callback and runs at its place in the replay, when they are final.</summary>
internal sealed class DisplayList : IPdfCanvas
{
    private readonly List<Action<IPdfCanvas>> _ops = new();
    private int _page = -1;

    /// <summary>Number of pages begun.</summary>
    public int PageCount => _page + 1;

    /// <summary>Where each link target landed (the first time it was recorded).</summary>
    public Dictionary<string, PageAnchor> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Draws everything recorded onto <paramref name="canvas"/>, in the order it was drawn, once: each call is
    /// let go as soon as it has run, so a long document's list shrinks while the PDF it is drawn into grows.</summary>
    public void Replay(IPdfCanvas canvas)
    {
        if (_replayed) throw new InvalidOperationException("A display list is replayed once.");
        _replayed = true;
        for (var i = 0; i < _ops.Count; i++)
        {
            var op = _ops[i];
            _ops[i] = null!;
            op(canvas);
        }
        _ops.Clear();
    }

    private bool _replayed;

    public void BeginPage(int pageIndex, double width, double height)
    {
        _page = pageIndex;
        _ops.Add(c => c.BeginPage(pageIndex, width, height));
    }

    public void EndPage() => _ops.Add(static c => c.EndPage());

    public void DrawText(string text, FontFace face, double size, string color, double x, double baseline) =>
        _ops.Add(c => c.DrawText(text, face, size, color, x, baseline));

    public void DrawLine(double x1, double y1, double x2, double y2, double width, string color) =>
        _ops.Add(c => c.DrawLine(x1, y1, x2, y2, width, color));

    public void FillRect(double x, double y, double width, double height, string color) =>
        _ops.Add(c => c.FillRect(x, y, width, height, color));

    public void DrawImage(Images.LoadedImage image, double x, double y, double width, double height) =>
        _ops.Add(c => c.DrawImage(image, x, y, width, height));

    public void BeginFigure(string altText, double x, double y, double width, double height) =>
        _ops.Add(c => c.BeginFigure(altText, x, y, width, height));

    public void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText) =>
        _ops.Add(c => c.BeginLink(url, targetId, x, y, width, height, altText));

    public void EndLink() => _ops.Add(static c => c.EndLink());

    public void BeginTag(StructureTag tag) => _ops.Add(c => c.BeginTag(tag));

    public void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color) =>
        _ops.Add(c => c.DrawPolyline(points, width, color));

    public void SpanCell(int columnSpan, int rowSpan) => _ops.Add(c => c.SpanCell(columnSpan, rowSpan));

    public void EndTag() => _ops.Add(static c => c.EndTag());

    public void BeginArtifact() => _ops.Add(static c => c.BeginArtifact());

    public void EndArtifact() => _ops.Add(static c => c.EndArtifact());

    public void Anchor(string id, double y)
    {
        Anchors.TryAdd(id, new PageAnchor(_page, y));
        _ops.Add(c => c.Anchor(id, y));
    }

    public void Bookmark(string title, int level, double y) => _ops.Add(c => c.Bookmark(title, level, y));

    /// <summary>Keeps <paramref name="draw"/> for the replay, when the page count and link targets are known.</summary>
    public void Later(Action<IPdfCanvas> draw) => _ops.Add(draw);
}
