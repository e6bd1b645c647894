using System.Globalization;
using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Writer;

internal sealed partial class DirectCanvas
{
    private readonly List<bool> _linkOpen = new();
    private readonly Stack<bool> _tagIsFigure = new();
    private readonly List<OutlineItem> _outlines = new();
    private int _artifactDepth;
    private int _figureDepth;
    private bool _artifactOpen;
    private bool _markedOpen;
    private int _notes;

    // Content that belongs to the document: inside an artifact it is the artifact's; else it goes into a marked-content
    // sequence of the innermost element, opened at the first drawing after a tag boundary.
    private void Content()
    {
        if (_artifactDepth > 0 || _markedOpen) return;
        _content.EndText();
        var element = _tree.Current;
        int mcid = _tree.Mark(_page);
        _content.Ops.Name(element.Type).Bytes("<</MCID "u8).Int(mcid).Bytes(">>BDC\n"u8);
        _markedOpen = true;
    }

    // Every structure boundary ends the text object and the marked-content sequence in progress (ISO 32000-1 §14.6:
    // they nest).
    private void Boundary()
    {
        _content.EndText();
        if (!_markedOpen) return;
        _content.Ops.Bytes("EMC\n"u8);
        _markedOpen = false;
    }

    public void BeginTag(StructureTag tag)
    {
        _tagIsFigure.Push(false);
        Boundary();
        var element = _tree.Open(tag.ToString());
        if (tag == StructureTag.TH) element.Header = true;
        // PDF/UA 7.9: every Note carries an ID, unique in the file (a note continued on the next page is a second Note).
        if (tag == StructureTag.Note) element.Id = "note-" + (++_notes).ToString(CultureInfo.InvariantCulture);
    }

    public void BeginFigure(string altText, double x, double y, double width, double height)
    {
        Boundary();
        _figureDepth++;
        _tagIsFigure.Push(true);
        var figure = _tree.Open("Figure");
        figure.Alt = altText;
        // The bounding box is in PDF user space (y upwards), as ISO 32000-1 14.8.5.4.3 wants.
        figure.BBox = [Round(x), Round(Y(y + height)), Round(x + width), Round(Y(y))];
    }

    private static double Round(double v) => Math.Round(v, 3);

    public void EndTag()
    {
        if (_tagIsFigure.TryPop(out var figure) && figure) _figureDepth--;
        Boundary();
        _tree.Close();
    }

    public void SpanCell(int columnSpan, int rowSpan)
    {
        var cell = _tree.Current;
        cell.ColSpan = columnSpan;
        cell.RowSpan = rowSpan;
    }

    public void BeginArtifact()
    {
        if (_artifactDepth++ != 0) return;
        Boundary();
        _content.Ops.Bytes("/Artifact BMC\n"u8);
        _artifactOpen = true;
    }

    public void EndArtifact()
    {
        if (--_artifactDepth != 0) return;
        _content.EndText();
        _content.Ops.Bytes("EMC\n"u8);
        _artifactOpen = false;
    }

    // Inside a figure, rules and fills are what the figure shows (its bars and axes): drawn as its content.
    private void AsArtifact(Action draw)
    {
        if (_figureDepth > 0 && _artifactDepth == 0)
        {
            Content();
            _content.EndText();
            draw();
            return;
        }
        BeginArtifact();
        _content.EndText();
        draw();
        EndArtifact();
    }

    public void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText)
    {
        PageAnchor anchor = default;
        if (url is null && (targetId is null || !_anchors.TryGetValue(targetId, out anchor))) { _linkOpen.Add(false); return; }
        Boundary();
        int annotation = _file.Allocate();
        int key = _tree.OpenLink(annotation, _page, altText);
        var b = _file.Scratch;
        b.Clear();
        b.Bytes("<</Type/Annot/Subtype/Link/Rect["u8).Num(Round(x)).Sp().Num(Round(Y(y + height))).Sp().Num(Round(x + width)).Sp().Num(Round(Y(y)))
            .Bytes("]/Border[0 0 0]/F 4/Contents"u8).Text(altText).Bytes("/StructParent "u8).Int(key);
        if (url is not null) b.Bytes("/A<</Type/Action/S/URI/URI"u8).Text(url).Bytes(">>"u8);
        else b.Bytes("/Dest["u8).Ref(PageObject(anchor.PageIndex)).Bytes("/XYZ 0 "u8).Num(Math.Round(_height - anchor.Y + 4, 2)).Bytes(" 0]"u8);
        b.Bytes(">>"u8);
        _file.Object(annotation, b.Span);
        _annotations.Add(annotation);
        _linkOpen.Add(true);
    }

    public void EndLink()
    {
        var open = _linkOpen[^1];
        _linkOpen.RemoveAt(_linkOpen.Count - 1);
        if (!open) return;
        Boundary();
        _tree.Close();
    }

    public void Anchor(string id, double y) { }

    public void Bookmark(string title, int level, double y) =>
        _outlines.Add(new OutlineItem(title, level, _page, Math.Round(_height - y + 4, 2)));
}
