using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The page loop: offers each page's text area to the root element until it is done, then draws the running
/// header and footer (as artifacts) on every page that is not a cover: at once when they do not show the page count,
/// else once it is known (<see cref="IPdfCanvas.Running"/>). The head is set flush left and the foot flush right,
/// mirrored in a right-to-left brief.</summary>
internal sealed class PageComposer
{
    /// <summary>Most pages a PDF may have.</summary>
    public const int PageLimit = 5000;
    private readonly LayoutContext _context;
    private readonly StyleSheet _styles;
    private readonly DocumentInfo _info;

    public PageComposer(LayoutContext context, DocumentInfo info)
    {
        _context = context;
        _styles = new StyleSheet(context);
        _info = info;
    }

    /// <summary>Lays out <paramref name="root"/> page by page on <paramref name="canvas"/>; returns the page count (also
    /// left in the context's <see cref="LayoutContext.PageCount"/> for the footers' {pages}).</summary>
    public int Compose(Element root, IPdfCanvas canvas)
    {
        var page = _context.Theme.Page;
        var area = new LayoutRect(page.MarginLeft, page.MarginTop, page.ContentWidth, page.ContentHeight);
        for (int index = 0; ; index++)
        {
            _context.PageIndex = index;
            var notes = _context.Notes;
            // The body shrinks by the room its markers' notes need at the page foot; fewer lines may then fit, whose
            // notes need no more room, so this settles in a step or two.
            double reserve = notes?.Reserve(null, area.Width) ?? 0;
            var plan = Measure(root, area, reserve);
            for (int step = 0; step < 4 && notes is not null; step++)
            {
                var needed = notes.Reserve(plan.Notes, area.Width);
                if (needed <= reserve + 0.01) break;
                reserve = needed;
                plan = Measure(root, area, reserve);
            }
            // Nothing left after a page break that ended the previous page (a brief that is only a cover, or
            // \newpage at the very end): stop rather than print a blank page.
            if (index > 0 && plan.Kind == SpacePlanKind.Empty && notes?.HasPending != true) return index;
            canvas.BeginPage(index, page.Width, page.Height);
            notes?.Plan(canvas, plan.Notes, area, reserve);
            if (plan.Places) root.Draw(canvas, area with { Height = area.Height - reserve });
            notes?.EndPage(canvas, area);
            _context.Force = false;
            if (!_context.CoverPages.Contains(index))
            {
                var pageNumber = index + 1;
                if (_context.Theme.Footer.Contains("{pages}", StringComparison.Ordinal)) canvas.Running(c => DrawRunning(c, pageNumber));
                else DrawRunning(canvas, pageNumber);
            }
            canvas.EndPage();
            // Limits are errors (the brief then writes nothing), never a PDF with content silently left out.
            if (!plan.Places)
            {
                _context.Diagnostics.Error(DiagnosticCodes.LayoutLimit,
                    FormattableString.Invariant($"this block does not fit on an empty page ({page.ContentWidth:0.#} x {page.ContentHeight:0.#} pt of text area) and cannot be laid out"),
                    root.Pending);
                return _context.PageCount = index + 1;
            }
            if (plan.Completes && notes?.HasPending != true) return _context.PageCount = index + 1;
            if (index + 1 >= PageLimit)
            {
                _context.Diagnostics.Error(DiagnosticCodes.LayoutLimit,
                    $"the PDF would have more than {PageLimit} pages (the limit); layout stopped here", root.Pending);
                return _context.PageCount = index + 1;
            }
        }
    }

    private SpacePlan Measure(Element root, LayoutRect area, double reserve)
    {
        _context.Force = false;
        var plan = root.Measure(area.Width, area.Height - reserve);
        if (plan.Places) return plan;
        _context.Force = true;
        return root.Measure(area.Width, area.Height - reserve);
    }

    private void DrawRunning(IPdfCanvas canvas, int pageNumber)
    {
        var totalPages = _context.PageCount;
        var theme = _context.Theme;
        var page = theme.Page;
        var header = theme.Header.Replace("{short_title}", _info.ShortTitle).Replace("{title}", _info.Title);
        var footer = theme.Footer.Replace("{page}", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{pages}", totalPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        canvas.BeginArtifact();
        if (header.Length > 0)
        {
            var line = SetLine(header, _styles.Running, TextAlign.Left, page.ContentWidth);
            var top = page.MarginTop - 30;
            LinePainter.Paint(canvas, line, page.MarginLeft, top);
            canvas.DrawLine(page.MarginLeft, top + line.Height + 3, page.Width - page.MarginRight, top + line.Height + 3, 0.4, theme.Table.Rule);
            LogoPainter.Head(canvas, _context, top + line.Height + 3);
        }
        if (footer.Length > 0)
        {
            var line = SetLine(footer, _styles.RunningFoot, TextAlign.Right, page.ContentWidth);
            LinePainter.Paint(canvas, line, page.MarginLeft, page.Height - page.MarginBottom + 18);
        }
        canvas.EndArtifact();
    }

    private TextLine SetLine(string text, RunStyle style, TextAlign align, double width)
    {
        var frags = _styles.Shape(new[] { new StyledRun(text, style) }, SourceSpan.None);
        var lines = _context.Breaker.Break(frags, width, align);
        if (lines.Count == 0) return new TextLine(Array.Empty<PlacedFragment>(), 0, 0, 0);
        // Right to left the line is mirrored: the head ends at the right margin, the foot starts at the left one.
        return _context.RightToLeft ? BidiLine.Reorder(lines[0], width) : lines[0];
    }
}
