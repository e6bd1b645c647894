using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>What layout draws on. Coordinates are points from the page's top-left corner, y downwards.
/// The direct writer (<see cref="Writer.DirectCanvas"/>) writes the PDF file; a recording one serves layout tests, and a
/// display list keeps the single layout pass for replay onto either.</summary>
internal interface IPdfCanvas
{
    /// <summary>Starts page <paramref name="pageIndex"/> (0-based).</summary>
    void BeginPage(int pageIndex, double width, double height);

    /// <summary>Finishes the current page.</summary>
    void EndPage();

    /// <summary>Draws a run of text in one face with its baseline at <paramref name="baseline"/>.</summary>
    void DrawText(string text, FontFace face, double size, string color, double x, double baseline);

    /// <summary>Draws a straight rule.</summary>
    void DrawLine(double x1, double y1, double x2, double y2, double width, string color);

    /// <summary>Fills a rectangle.</summary>
    void FillRect(double x, double y, double width, double height, string color);

    /// <summary>Draws an image (raster or SVG) scaled into the rectangle.</summary>
    void DrawImage(Images.LoadedImage image, double x, double y, double width, double height);

    /// <summary>Adds a link area and opens its Link structure element; text drawn until <see cref="EndLink"/> belongs to it.
    /// Exactly one of <paramref name="url"/> and <paramref name="targetId"/> is set.</summary>
    void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText);

    /// <summary>Closes the Link element opened by <see cref="BeginLink"/>.</summary>
    void EndLink();

    /// <summary>Opens a structure element.</summary>
    void BeginTag(StructureTag tag);

    /// <summary>Closes the innermost structure element.</summary>
    void EndTag();

    /// <summary>Opens a <c>Figure</c> structure element with alt text and a bounding box (closed by <see cref="EndTag"/>).
    /// Rules, fills and polylines drawn inside it are the figure's content, not artifacts.</summary>
    void BeginFigure(string altText, double x, double y, double width, double height);

    /// <summary>Strokes a polyline through <paramref name="points"/> (round joins), e.g. a line chart's series.</summary>
    void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color);

    /// <summary>Marks the table cell (TH or TD) just opened as spanning columns and rows (PDF/UA: <c>ColSpan</c>,
    /// <c>RowSpan</c> table attributes, so every row of the structure has as many columns).</summary>
    void SpanCell(int columnSpan, int rowSpan);

    /// <summary>Starts content that is not part of the document's logical content (running headers and footers).</summary>
    void BeginArtifact();

    /// <summary>Ends the artifact started by <see cref="BeginArtifact"/>.</summary>
    void EndArtifact();

    /// <summary>Records that link target <paramref name="id"/> is at <paramref name="y"/> on the current page.</summary>
    void Anchor(string id, double y);

    /// <summary>Adds an outline entry (bookmark) at <paramref name="y"/> on the current page; level 1 is top level.</summary>
    void Bookmark(string title, int level, double y);

    /// <summary>Draws what depends on the finished layout (the page count, where link targets land) at this place in the
    /// drawing order, once the whole document is laid out. A <see cref="DisplayList"/> keeps it for its replay; a canvas
    /// drawn on directly runs it at once.</summary>
    void Later(Action<IPdfCanvas> draw);

    /// <summary>Like <see cref="Later"/>, for drawing that needs only where link target <paramref name="targetId"/>
    /// landed (a contents-list entry's page number): a display list holds back only until that target is drawn.</summary>
    void LaterAt(string targetId, Action<IPdfCanvas> draw) => Later(draw);

    /// <summary>Draws the page's running head and foot (artifacts, the last thing drawn on the page), which need the
    /// page count: the PDF writer draws them as the page's second content stream once the count is known, so that
    /// pages need not wait for it; other canvases as <see cref="Later"/>.</summary>
    void Running(Action<IPdfCanvas> draw) => Later(draw);
}
