using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>The canvas that writes the PDF file itself (<see cref="PdfFileWriter"/>): each page's content stream as
/// operators (text as glyph ids in <c>TJ</c> arrays), its structure elements, annotations and parent-tree entry written
/// when the page ends, fonts (subsets with widths and ToUnicode maps), outlines and the catalog when the document ends
/// (<see cref="Finish"/>); running heads and feet that show the page count are each page's second content stream,
/// written at the end too. Layout's coordinates (y downwards from the page's top) become user space here.</summary>
internal sealed partial class DirectCanvas : IPdfCanvas
{
    private readonly PdfFileWriter _file;
    private readonly IReadOnlyDictionary<string, PageAnchor> _anchors;
    private readonly StructureTree _tree;
    private readonly PageContent _content = new();
    private readonly PdfBuffer _pageDict = new(512);
    private readonly Dictionary<int, int> _pageNumbers = new();
    private readonly List<int> _annotations = new();
    private int _pageIndex = -1;
    private int _page;
    private int _pageKey;
    private double _width, _height;

    /// <summary>A canvas writing into <paramref name="file"/>; <paramref name="anchors"/> are where link targets landed.</summary>
    public DirectCanvas(PdfFileWriter file, IReadOnlyDictionary<string, PageAnchor> anchors)
    {
        _file = file;
        _anchors = anchors;
        _tree = new StructureTree(file);
        PagesNumber = file.Allocate();
    }

    /// <summary>The page tree's object number.</summary>
    public int PagesNumber { get; }

    /// <summary>Pages written.</summary>
    public int PageCount => _pageIndex + 1;

    private double Y(double y) => _height - y;

    private int PageObject(int index)
    {
        if (!_pageNumbers.TryGetValue(index, out var number)) _pageNumbers[index] = number = _file.Allocate();
        return number;
    }

    public void BeginPage(int pageIndex, double width, double height)
    {
        _pageIndex = pageIndex;
        _page = PageObject(pageIndex);
        _width = width;
        _height = height;
        _pageKey = _tree.BeginPage();
        _content.Reset();
        _annotations.Clear();
        // An artifact still open at the foot of the last page goes on at the top of this one.
        if (_artifactDepth > 0) { _content.Ops.Bytes("/Artifact BMC\n"u8); _artifactOpen = true; }
    }

    public void EndPage()
    {
        Boundary();
        if (_artifactOpen) { _content.Ops.Bytes("EMC\n"u8); _artifactOpen = false; }
        int contents = _file.Allocate();
        _file.Stream(contents, default, _content.Ops.Span);
        _tree.EndPage(_pageKey);
        if (!Defer(contents)) WritePageDictionary(_pageKey, contents, 0);
    }

    // The current page's dictionary (object _page): its resources are _content's, its annotations _annotations; the
    // running content stream, when there is one, follows the body's.
    private void WritePageDictionary(int key, int contents, int running)
    {
        var b = _pageDict;
        b.Clear();
        b.Bytes("<</Type/Page/Parent "u8).Ref(PagesNumber).Bytes("/MediaBox[0 0 "u8).Num(_width).Sp().Num(_height)
            .Bytes("]/Resources<<"u8);
        if (_content.Fonts.Count > 0)
        {
            b.Bytes("/Font<<"u8);
            foreach (var f in _content.Fonts) b.Byte((byte)'/').Ascii(f.ResourceName).Sp().Ref(f.Number);
            b.Bytes(">>"u8);
        }
        Resources(b, "/XObject", _content.XObjects);
        Resources(b, "/ExtGState", _content.GraphicsStates);
        b.Bytes(">>/Contents"u8);
        if (running == 0) b.Sp().Ref(contents);
        else b.Byte((byte)'[').Ref(contents).Sp().Ref(running).Byte((byte)']');
        b.Bytes("/StructParents "u8).Int(key).Bytes("/Tabs/S"u8);
        if (_annotations.Count > 0)
        {
            b.Bytes("/Annots["u8);
            for (int i = 0; i < _annotations.Count; i++) { if (i > 0) b.Sp(); b.Ref(_annotations[i]); }
            b.Byte((byte)']');
        }
        b.Bytes(">>"u8);
        _file.Object(_page, b.Span);
    }

    private static void Resources(PdfBuffer b, string key, SortedDictionary<string, int> items)
    {
        if (items.Count == 0) return;
        b.Ascii(key).Bytes("<<"u8);
        foreach (var (name, number) in items) b.Byte((byte)'/').Ascii(name).Sp().Ref(number);
        b.Bytes(">>"u8);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double width, string color) => AsArtifact(() =>
    {
        _content.Stroke(color);
        _content.Pen(width, 0, 0);
        _content.Ops.Num(x1).Sp().Num(Y(y1)).Bytes(" m\n"u8).Num(x2).Sp().Num(Y(y2)).Bytes(" l\nS\n"u8);
    });

    public void FillRect(double x, double y, double width, double height, string color) => AsArtifact(() =>
    {
        _content.Fill(color);
        _content.Ops.Num(x).Sp().Num(Y(y + height)).Sp().Num(width).Sp().Num(height).Bytes(" re\nf\n"u8);
    });

    public void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color)
    {
        if (points.Count < 2) return;
        AsArtifact(() =>
        {
            _content.Stroke(color);
            _content.Pen(width, 1, 1);
            for (int i = 0; i < points.Count; i++)
                _content.Ops.Num(points[i].X).Sp().Num(Y(points[i].Y)).Bytes(i == 0 ? " m\n"u8 : " l\n"u8);
            _content.Ops.Bytes("S\n"u8);
        });
    }

    public void Later(Action<IPdfCanvas> draw) => draw(this);

    /// <summary>Writes what only the end knows: fonts, the structure tree, outlines, the page tree.</summary>
    public void Finish(HashSet<string> fontNames)
    {
        WritePending();
        _tree.Finish();
        foreach (var font in _fonts.Values.OrderBy(f => f.Index)) PdfFontWriter.Write(_file, font, fontNames);
        var b = _pageDict;
        b.Clear();
        b.Bytes("<</Type/Pages/Kids["u8);
        for (int i = 0; i <= _pageIndex; i++) { if (i > 0) b.Sp(); b.Ref(PageObject(i)); }
        b.Bytes("]/Count "u8).Int(_pageIndex + 1).Bytes(">>"u8);
        _file.Object(PagesNumber, b.Span);
        OutlinesNumber = _outlines.Count == 0 ? 0 : OutlineWriter.Write(_file, _outlines);
    }

    /// <summary>The outline dictionary's object number (0 when there are no bookmarks); set by <see cref="Finish"/>.</summary>
    public int OutlinesNumber { get; private set; }

    /// <summary>The structure tree root's object number.</summary>
    public int StructTreeRoot => _tree.RootNumber;
}
