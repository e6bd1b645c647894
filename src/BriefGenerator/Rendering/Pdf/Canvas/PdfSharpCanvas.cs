using System.Globalization;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>The canvas that writes a real PDF through PDFsharp: shaped text (<see cref="GlyphRunWriter"/>) with
/// Unicode-encoded subset fonts, rules and
/// fills (as artifacts), link annotations, outlines and structure tags through PDFsharp's <see cref="UAManager"/>.</summary>
internal sealed partial class PdfSharpCanvas : IPdfCanvas
{
    private readonly PdfDocument _document;
    private readonly FontSet _fonts;
    private readonly GlyphRunWriter _glyphs;
    private readonly IReadOnlyDictionary<string, PageAnchor> _anchors;
    private readonly StructureBuilder? _structure;
    private readonly Dictionary<string, XSolidBrush> _brushes = new(StringComparer.Ordinal);
    private readonly List<(int Level, PdfOutline Outline)> _outlines = new();
    private readonly List<bool> _linkOpen = new();
    private readonly List<PdfItem> _parkedParentTree = new();
    private PdfPage? _page;
    private XGraphics? _gfx;
    private int _artifactDepth;
    private int _figureDepth;
    private readonly Stack<bool> _tagIsFigure = new();
    private int _notes;
    private bool _atBoundary = true;
    private int _openTags;
    private bool _textSinceArtifact;

    /// <param name="glyphCodes">Where ligature glyphs get their stand-in codes (whose texts the finished file's
    /// ToUnicode maps need: <see cref="PdfObjectPatcher"/>).</param>
    public PdfSharpCanvas(PdfDocument document, FontSet fonts, IReadOnlyDictionary<string, PageAnchor> anchors, bool tagged, GlyphCodes? glyphCodes = null)
    {
        _glyphs = new GlyphRunWriter(document, fonts, glyphCodes ?? new GlyphCodes());
        _document = document;
        _fonts = fonts;
        _anchors = anchors;
        if (tagged) _structure = UAManager.ForDocument(document).StructureBuilder;
    }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page begun.");
    private double PageHeight => _page!.Height.Point;

    public void BeginPage(int pageIndex, double width, double height)
    {
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(width);
        _page.Height = XUnit.FromPoint(height);
        _gfx = XGraphics.FromPdfPage(_page);
        // PDFsharp opens its page-level graphics states (two q) at the first drawing, which may be inside a marked-content
        // sequence whose EMC then comes before their Q. Saving and restoring once puts them first: q q q Q.
        _gfx.Restore(_gfx.Save());
        _atBoundary = true;
    }

    public void EndPage()
    {
        // A structure element still open at the foot of a page with nothing drawn after its text (a cover that runs onto
        // a second page has no running footer) leaves PDFsharp's marked content open, which it then fails to close on the
        // next page. An empty artifact closes it here, as the running footer does on other pages.
        if (_structure is not null && _openTags > 0 && _textSinceArtifact && _artifactDepth == 0) AsArtifact(() => { });
        CloseTextObject();
        _gfx?.Dispose();
        _gfx = null;
        ParkParentTree();
    }

    /// <summary>Puts the parent tree entries set aside page by page back in place (in key order); call once, after
    /// the last page and before saving.</summary>
    public void Finish()
    {
        ImageXObjects.Fill(_document, _placeholders);
        if (ParentTreeNums() is not { } nums || _parkedParentTree.Count == 0) return;
        var current = nums.Elements.ToList();
        nums.Elements.Clear();
        foreach (var item in _parkedParentTree.Concat(current)) nums.Elements.Add(item);
        _parkedParentTree.Clear();
    }

    // PDFsharp's structure builder looks up the current page's parent tree entry by scanning every entry of the tree
    // for each marked content (twice), which is quadratic in pages: for a 360-page table most of the drawing time.
    // A finished page's entry (and a link's) is never looked up again, so it waits outside the tree until Finish.
    private void ParkParentTree()
    {
        if (ParentTreeNums() is not { } nums || nums.Elements.Count == 0) return;
        _parkedParentTree.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    private PdfArray? ParentTreeNums() => _structure is null
        ? null
        : _document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");

    public void DrawText(string text, FontFace face, double size, string color, double x, double baseline)
    {
        _textSinceArtifact = true;
        // The first drawing after a tag boundary opens a new marked-content sequence: outside any text object.
        if (_atBoundary) CloseTextObject();
        _atBoundary = false;
        _glyphs.Draw(Gfx, text, face, size, Brush(color), x, baseline);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double width, string color) =>
        AsArtifact(() => Gfx.DrawLine(new XPen(Color(color), width), x1, y1, x2, y2));

    public void FillRect(double x, double y, double width, double height, string color) =>
        AsArtifact(() => Gfx.DrawRectangle(Brush(color), x, y, width, height));

    public void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText)
    {
        var rect = new PdfRectangle(new XRect(x, PageHeight - y - height, width, height));
        PdfLinkAnnotation? link = null;
        if (url is not null) link = PdfLinkAnnotation.CreateWebLink(rect, url);
        else if (targetId is not null && _anchors.TryGetValue(targetId, out var anchor))
            link = PdfLinkAnnotation.CreateDocumentLink(rect, anchor.PageIndex + 1, new XPoint(0, Math.Round(PageHeight - anchor.Y + 4, 2)));
        if (link is null) { _linkOpen.Add(false); return; }
        link.Flags = PdfAnnotationFlags.Print; // PDF/A: annotations must print
        // PDFsharp stamps annotations with a random /NM and the clock's /M (again on every change, so remove them last):
        // both are optional, and bytes must be reproducible.
        link.Elements.Remove("/NM");
        link.Elements.Remove("/M");
        Boundary();
        // The structure builder adds the annotation to the page itself (with its /StructParent).
        if (_structure is not null) _structure.BeginElement(link, altText);
        else _page!.Annotations.Add(link);
        _linkOpen.Add(_structure is not null);
    }

    public void EndLink()
    {
        var open = _linkOpen[^1];
        _linkOpen.RemoveAt(_linkOpen.Count - 1);
        if (!open) return;
        Boundary();
        _structure!.End();
    }

    public void BeginTag(StructureTag tag)
    {
        if (_structure is null) { _tagIsFigure.Push(false); return; }
        _tagIsFigure.Push(false);
        Boundary();
        _openTags++;
        switch (tag)
        {
            case StructureTag.Caption: _structure.BeginElement(PdfGroupingElementTag.Caption); break;
            case StructureTag.BlockQuote: _structure.BeginElement(PdfGroupingElementTag.BlockQuotation); break;
            case StructureTag.Div: _structure.BeginElement(PdfGroupingElementTag.Division); break;
            case StructureTag.TOC: _structure.BeginElement(PdfGroupingElementTag.TableOfContents); break;
            case StructureTag.TOCI: _structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem); break;
            case StructureTag.Note: BeginNote(); break;
            case StructureTag.Reference: _structure.BeginElement(PdfInlineLevelElementTag.Reference); break;
            default: _structure.BeginElement(BlockTag(tag)); break;
        }
        // Header cells name what they head (PDF/UA: TH needs a scope).
        if (tag == StructureTag.TH) _structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
    }

    public void BeginFigure(string altText, double x, double y, double width, double height)
    {
        if (_structure is null) { _tagIsFigure.Push(true); _figureDepth++; return; }
        Boundary();
        _openTags++;
        _figureDepth++;
        _tagIsFigure.Push(true);
        // The bounding box is in PDF user space (y upwards), as ISO 32000-1 14.8.5.4.3 wants.
        _structure.BeginElement(PdfIllustrationElementTag.Figure, altText, new XRect(x, PageHeight - y - height, width, height));
    }

    public void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color)
    {
        if (points.Count < 2) return;
        var pen = new XPen(Color(color), width) { LineJoin = XLineJoin.Round, LineCap = XLineCap.Round };
        AsArtifact(() => Gfx.DrawLines(pen, points.Select(p => new XPoint(p.X, p.Y)).ToArray()));
    }

    public void EndTag()
    {
        if (_tagIsFigure.TryPop(out var figure) && figure) _figureDepth--;
        if (_structure is null) return;
        _openTags--;
        Boundary();
        _structure.End();
    }

    public void SpanCell(int columnSpan, int rowSpan)
    {
        if (_structure is null) return;
        var attributes = _structure.CurrentStructureElement.TableAttributes.Elements;
        if (columnSpan > 1) attributes.SetInteger("/ColSpan", columnSpan);
        if (rowSpan > 1) attributes.SetInteger("/RowSpan", rowSpan);
    }

    // PDF/UA 7.9: every Note carries an ID, unique in the file (a note continued on the next page is a second Note).
    private void BeginNote()
    {
        _structure!.BeginElement(PdfInlineLevelElementTag.Note);
        _structure.CurrentStructureElement.Elements.SetString("/ID", "note-" + (++_notes).ToString(CultureInfo.InvariantCulture));
    }

    public void BeginArtifact()
    {
        if (_artifactDepth++ != 0 || _structure is null) return;
        Boundary();
        _structure.BeginArtifact();
    }

    public void EndArtifact()
    {
        _textSinceArtifact = false;
        if (--_artifactDepth != 0 || _structure is null) return;
        Boundary();
        _structure.End();
    }

    // Every structure call may write EMC, BMC or BDC: ISO 32000-1 14.6 wants marked content and text objects properly
    // nested, so the text object in progress ends first (PDFsharp keeps one open across calls otherwise).
    private void Boundary()
    {
        CloseTextObject();
        _atBoundary = true;
    }

    private void CloseTextObject()
    {
        if (_gfx is not null) PdfRendererExtensions.BeginGraphicMode(_gfx);
    }

    public void Anchor(string id, double y) { }

    public void Bookmark(string title, int level, double y)
    {
        while (_outlines.Count > 0 && _outlines[^1].Level >= level) _outlines.RemoveAt(_outlines.Count - 1);
        var parent = _outlines.Count == 0 ? _document.Outlines : _outlines[^1].Outline.Outlines;
        var outline = parent.Add(title, _page!, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Left = 0;
        outline.Top = Math.Round(PageHeight - y + 4, 2);
        _outlines.Add((level, outline));
    }

    public void Later(Action<IPdfCanvas> draw) => draw(this);

    // Inside a figure, rules and fills are what the figure shows (its bars and axes): drawn as its content.
    private void AsArtifact(Action draw)
    {
        if (_figureDepth > 0 && _artifactDepth == 0)
        {
            _textSinceArtifact = true;
            if (_atBoundary) CloseTextObject();
            _atBoundary = false;
            draw();
            return;
        }
        BeginArtifact();
        draw();
        EndArtifact();
    }

    private static PdfBlockLevelElementTag BlockTag(StructureTag tag) => tag switch
    {
        StructureTag.H1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.H2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.H3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.P => PdfBlockLevelElementTag.Paragraph,
        StructureTag.L => PdfBlockLevelElementTag.List,
        StructureTag.LI => PdfBlockLevelElementTag.ListItem,
        StructureTag.Lbl => PdfBlockLevelElementTag.Label,
        StructureTag.LBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TR => PdfBlockLevelElementTag.TableRow,
        StructureTag.TH => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    private XSolidBrush Brush(string hex)
    {
        if (!_brushes.TryGetValue(hex, out var brush)) _brushes[hex] = brush = new XSolidBrush(Color(hex));
        return brush;
    }

    /// <summary>Parses <c>#RRGGBB</c>; anything else is black.</summary>
    public static XColor Color(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return XColors.Black;
        return XColor.FromArgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }
}
