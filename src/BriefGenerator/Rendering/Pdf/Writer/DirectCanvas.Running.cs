using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Writer;

// Running heads and feet that show the page count: a page's body is written when the page ends, and its head and foot
// become a second content stream once the document is laid out, so no page waits in memory for the count. The page
// dictionary (its resources are those of both streams) is written then.
internal sealed partial class DirectCanvas
{
    private readonly List<PendingPage> _pending = new();
    private Action<IPdfCanvas>? _running;

    public void Running(Action<IPdfCanvas> draw) => _running = _running is null ? draw : _running + draw;

    // Keeps the ended page for its running content; true when it has some (its dictionary is then written later).
    private bool Defer(int contents)
    {
        if (_running is null) return false;
        _pending.Add(new PendingPage(_page, _width, _height, contents, _pageKey, _content.Fonts.ToArray(), _content.XObjects.ToArray(),
            _content.GraphicsStates.ToArray(), _annotations.ToArray(), _running));
        _running = null;
        return true;
    }

    // Draws every waiting page's running content as its second content stream and writes its page dictionary.
    private void WritePending()
    {
        foreach (var page in _pending)
        {
            _page = page.Number;
            _width = page.Width;
            _height = page.Height;
            _content.Reset();
            foreach (var f in page.Fonts) _content.Fonts.Add(f);
            foreach (var (name, number) in page.XObjects) _content.XObjects[name] = number;
            foreach (var (name, number) in page.GraphicsStates) _content.GraphicsStates[name] = number;
            _annotations.Clear();
            _annotations.AddRange(page.Annotations);
            _artifactDepth = _figureDepth = 0;
            _artifactOpen = _markedOpen = false;
            page.Running(this);
            Boundary();
            if (_artifactOpen) { _content.Ops.Bytes("EMC\n"u8); _artifactOpen = false; }
            int running = _file.Allocate();
            _file.Stream(running, default, _content.Ops.Span);
            WritePageDictionary(page.Key, page.Contents, running);
        }
        _pending.Clear();
    }
}
