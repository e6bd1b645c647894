using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>A canvas that keeps drawing calls in order so the document is laid out once and replayed onto the real
/// canvas. While recording it counts pages and notes where link targets land; drawing that depends on those (see
/// <see cref="IPdfCanvas.Later"/>) is kept as a callback and runs at its place in the replay, when they are final.
/// With a <see cref="Sink"/>, every finished page is replayed onto it and let go as soon as nothing on it or before it
/// waits for a later fact (a link or contents-list number whose target has not landed yet, a <see cref="Later"/>
/// call): a long document's list then holds a page or so, not the whole document. Running heads and feet, which need
/// only the page count, never hold a page back (<see cref="IPdfCanvas.Running"/>).
/// Calls are stored compactly (a byte for the call, its numbers and its references in three chunked queues, no object
/// per call): a table row's dozen tags, texts and rules take a few hundred bytes.</summary>
internal sealed class DisplayList : IPdfCanvas
{
    private enum Op : byte
    {
        BeginPage, EndPage, Text, Line, Fill, Image, Figure, Link, EndLink, Tag, Polyline, Span, EndTag, Artifact,
        EndArtifact, Anchor, Bookmark, Later, LaterAt, Running,
    }

    private readonly ChunkedQueue<Op> _ops = new();
    private readonly ChunkedQueue<double> _numbers = new();
    private readonly ChunkedQueue<object?> _refs = new();
    private readonly HashSet<string> _awaited = new(StringComparer.Ordinal);
    private int _page = -1;
    private bool _replayed, _waitsForEnd;
    private long _added, _taken;

    /// <summary>The canvas finished pages are replayed onto while recording (null: nothing is replayed before
    /// <see cref="Replay"/>).</summary>
    public IPdfCanvas? Sink { get; set; }

    /// <summary>Gives the queues' memory back to this thread once everything was replayed; the list must not be used
    /// again.</summary>
    public void Release()
    {
        _ops.Release();
        _numbers.Release();
        _refs.Release();
    }

    /// <summary>Number of pages begun.</summary>
    public int PageCount => _page + 1;

    /// <summary>Where each link target landed (the first time it was recorded).</summary>
    public Dictionary<string, PageAnchor> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Draws everything recorded and not yet replayed onto <paramref name="canvas"/>, in the order it was drawn,
    /// once, when the layout is done: each call is let go as soon as it has run.</summary>
    public void Replay(IPdfCanvas canvas)
    {
        if (_replayed) throw new InvalidOperationException("A display list is replayed once.");
        _replayed = true;
        Run(canvas, _added);
    }

    private void Run(IPdfCanvas canvas, long upTo)
    {
        while (_taken < upTo)
        {
            _taken++;
            switch (_ops.Take())
            {
                case Op.BeginPage: canvas.BeginPage((int)N(), N(), N()); break;
                case Op.EndPage: canvas.EndPage(); break;
                case Op.Text: canvas.DrawText(S(), R<FontFace>(), N(), S(), N(), N()); break;
                case Op.Line: canvas.DrawLine(N(), N(), N(), N(), N(), S()); break;
                case Op.Fill: canvas.FillRect(N(), N(), N(), N(), S()); break;
                case Op.Image: canvas.DrawImage(R<Images.LoadedImage>(), N(), N(), N(), N()); break;
                case Op.Figure: canvas.BeginFigure(S(), N(), N(), N(), N()); break;
                case Op.Link: canvas.BeginLink(S0(), S0(), N(), N(), N(), N(), S()); break;
                case Op.EndLink: canvas.EndLink(); break;
                case Op.Tag: canvas.BeginTag((StructureTag)(int)N()); break;
                case Op.Polyline: canvas.DrawPolyline(R<IReadOnlyList<(double X, double Y)>>(), N(), S()); break;
                case Op.Span: canvas.SpanCell((int)N(), (int)N()); break;
                case Op.EndTag: canvas.EndTag(); break;
                case Op.Artifact: canvas.BeginArtifact(); break;
                case Op.EndArtifact: canvas.EndArtifact(); break;
                case Op.Anchor: canvas.Anchor(S(), N()); break;
                case Op.Bookmark: canvas.Bookmark(S(), (int)N(), N()); break;
                case Op.Later: canvas.Later(R<Action<IPdfCanvas>>()); break;
                case Op.LaterAt: canvas.LaterAt(S(), R<Action<IPdfCanvas>>()); break;
                case Op.Running: canvas.Running(R<Action<IPdfCanvas>>()); break;
            }
        }
    }

    // The recorded arguments, taken back in the order they were added (C# evaluates arguments left to right).
    private double N() => _numbers.Take();

    private string S() => (string)_refs.Take()!;

    private string? S0() => (string?)_refs.Take();

    private T R<T>() => (T)_refs.Take()!;

    private void Add(Op op, params ReadOnlySpan<double> numbers)
    {
        _ops.Add(op);
        _added++;
        foreach (var n in numbers) _numbers.Add(n);
    }

    public void BeginPage(int pageIndex, double width, double height)
    {
        _page = pageIndex;
        Add(Op.BeginPage, pageIndex, width, height);
    }

    /// <summary>Ends the page; with a <see cref="Sink"/>, replays onto it every page no drawing waits on.</summary>
    public void EndPage()
    {
        Add(Op.EndPage);
        if (Sink is not null && !_replayed && !_waitsForEnd && _awaited.Count == 0) Run(Sink, _added);
    }

    public void DrawText(string text, FontFace face, double size, string color, double x, double baseline)
    {
        _refs.Add(text);
        _refs.Add(face);
        _refs.Add(color);
        Add(Op.Text, size, x, baseline);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double width, string color)
    {
        _refs.Add(color);
        Add(Op.Line, x1, y1, x2, y2, width);
    }

    public void FillRect(double x, double y, double width, double height, string color)
    {
        _refs.Add(color);
        Add(Op.Fill, x, y, width, height);
    }

    public void DrawImage(Images.LoadedImage image, double x, double y, double width, double height)
    {
        _refs.Add(image);
        Add(Op.Image, x, y, width, height);
    }

    public void BeginFigure(string altText, double x, double y, double width, double height)
    {
        _refs.Add(altText);
        Add(Op.Figure, x, y, width, height);
    }

    public void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText)
    {
        if (url is null && targetId is not null && !Anchors.ContainsKey(targetId)) _awaited.Add(targetId);
        _refs.Add(url);
        _refs.Add(targetId);
        _refs.Add(altText);
        Add(Op.Link, x, y, width, height);
    }

    public void EndLink() => Add(Op.EndLink);

    public void BeginTag(StructureTag tag) => Add(Op.Tag, (int)tag);

    public void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color)
    {
        _refs.Add(points);
        _refs.Add(color);
        Add(Op.Polyline, width);
    }

    public void SpanCell(int columnSpan, int rowSpan) => Add(Op.Span, columnSpan, rowSpan);

    public void EndTag() => Add(Op.EndTag);

    public void BeginArtifact() => Add(Op.Artifact);

    public void EndArtifact() => Add(Op.EndArtifact);

    public void Anchor(string id, double y)
    {
        Anchors.TryAdd(id, new PageAnchor(_page, y));
        _awaited.Remove(id);
        _refs.Add(id);
        Add(Op.Anchor, y);
    }

    public void Bookmark(string title, int level, double y)
    {
        _refs.Add(title);
        Add(Op.Bookmark, level, y);
    }

    /// <summary>Keeps <paramref name="draw"/> for the replay, when the page count and link targets are known.</summary>
    public void Later(Action<IPdfCanvas> draw)
    {
        _waitsForEnd = true;
        _refs.Add(draw);
        Add(Op.Later);
    }

    /// <summary>Keeps <paramref name="draw"/> for the replay; the page waits only until <paramref name="targetId"/> lands.</summary>
    public void LaterAt(string targetId, Action<IPdfCanvas> draw)
    {
        if (!Anchors.ContainsKey(targetId)) _awaited.Add(targetId);
        _refs.Add(targetId);
        _refs.Add(draw);
        Add(Op.LaterAt);
    }

    /// <summary>Keeps the page's running head and foot for the replay (the canvas replayed onto may draw it once the
    /// page count is known); the page does not wait for it.</summary>
    public void Running(Action<IPdfCanvas> draw)
    {
        _refs.Add(draw);
        Add(Op.Running);
    }
}
