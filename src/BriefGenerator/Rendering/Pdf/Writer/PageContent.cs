using System.Globalization;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>One page's content stream as it is written: the operators, whether a text object is open and where its
/// line starts (text is placed with relative <c>Td</c> moves), the font and colours in force, and the resources the
/// page uses (fonts, images, graphics states). Coordinates given to it are PDF user space (points, y upwards).</summary>
internal sealed class PageContent
{
    private double _lineX, _lineY;
    private PdfFontResource? _font;
    private double _size;
    private string? _fill, _stroke;
    private double _lineWidth = -1;
    private int _cap = -1, _join = -1;

    /// <summary>The operators written so far.</summary>
    public PdfBuffer Ops { get; } = new(16 * 1024);

    /// <summary>True while a text object (BT … ET) is open.</summary>
    public bool InText { get; private set; }

    /// <summary>Fonts the page shows text in.</summary>
    public SortedSet<PdfFontResource> Fonts { get; } = new(Comparer<PdfFontResource>.Create((a, b) => a.Index.CompareTo(b.Index)));

    /// <summary>Image XObjects the page draws, by resource name.</summary>
    public SortedDictionary<string, int> XObjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Graphics states the page sets, by resource name.</summary>
    public SortedDictionary<string, int> GraphicsStates { get; } = new(StringComparer.Ordinal);

    /// <summary>Forgets the page just written, for the next one.</summary>
    public void Reset()
    {
        Ops.Clear();
        InText = false;
        _font = null;
        _fill = _stroke = null;
        _lineWidth = -1;
        _cap = _join = -1;
        Fonts.Clear();
        XObjects.Clear();
        GraphicsStates.Clear();
    }

    /// <summary>Opens a text object if none is open.</summary>
    public void BeginText()
    {
        if (InText) return;
        Ops.Bytes("BT\n"u8);
        InText = true;
        _lineX = _lineY = 0;
        _font = null; // a text object starts with no font set only in theory; Tf is repeated to be safe
    }

    /// <summary>Closes the open text object, if any.</summary>
    public void EndText()
    {
        if (!InText) return;
        Ops.Bytes("ET\n"u8);
        InText = false;
    }

    /// <summary>Sets the font and size (inside a text object).</summary>
    public void Font(PdfFontResource font, double size)
    {
        if (ReferenceEquals(font, _font) && size == _size) return;
        Fonts.Add(font);
        Ops.Byte((byte)'/').Ascii(font.ResourceName).Sp().Num(size).Bytes(" Tf\n"u8);
        _font = font;
        _size = size;
    }

    /// <summary>Moves the text position to (<paramref name="x"/>, <paramref name="y"/>) with a relative Td.</summary>
    public void MoveTo(double x, double y)
    {
        var dx = Math.Round(x - _lineX, 4);
        var dy = Math.Round(y - _lineY, 4);
        Ops.Num(dx).Sp().Num(dy).Bytes(" Td\n"u8);
        _lineX += dx;
        _lineY += dy;
    }

    /// <summary>Sets the fill colour (<c>#RRGGBB</c>).</summary>
    public void Fill(string hex)
    {
        if (hex == _fill) return;
        Ops.Bytes(Colors.Of(hex)).Bytes(" rg\n"u8);
        _fill = hex;
    }

    /// <summary>Sets the stroke colour (<c>#RRGGBB</c>).</summary>
    public void Stroke(string hex)
    {
        if (hex == _stroke) return;
        Ops.Bytes(Colors.Of(hex)).Bytes(" RG\n"u8);
        _stroke = hex;
    }

    /// <summary>Sets line width, cap and join styles.</summary>
    public void Pen(double width, int cap, int join)
    {
        if (width != _lineWidth) { Ops.Num(width).Bytes(" w\n"u8); _lineWidth = width; }
        if (cap != _cap) { Ops.Int(cap).Bytes(" J\n"u8); _cap = cap; }
        if (join != _join) { Ops.Int(join).Bytes(" j\n"u8); _join = join; }
    }

    /// <summary>Wraps <paramref name="draw"/> in q … Q; colours and pen set inside are forgotten after it.</summary>
    public void Saved(Action draw)
    {
        Ops.Bytes("q\n"u8);
        draw();
        Ops.Bytes("Q\n"u8);
        _fill = _stroke = null;
        _lineWidth = -1;
        _cap = _join = -1;
    }

    /// <summary>The resource name of graphics state object <paramref name="number"/> on this page.</summary>
    public string GraphicsState(int number)
    {
        var name = "GS" + number.ToString(CultureInfo.InvariantCulture);
        GraphicsStates[name] = number;
        return name;
    }
}
