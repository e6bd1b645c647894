using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A comparison table: caption "Table N: …" above it, column widths from content (browser-style automatic
/// layout, see <see cref="TableShapes.ColumnWidths"/>), header row repeated on every page under a "Table N (continued)"
/// label. Splitting (see <see cref="TableSplitRules"/>): a table of up to 8 rows that fits on a page moves whole; a
/// split leaves at least <see cref="TableTheme.MinRowsSplit"/> rows on each side, else the table moves on; rows are
/// kept whole unless one is taller than a page (then split between lines). Rules and zebra striping from the theme.</summary>
internal sealed partial class TableElement : Element
{
    private const double CaptionGap = 5;
    private readonly Table _table;
    private readonly TableShapes _shapes;
    private TableGeometry? _geometry;
    private double _geometryWidth = -1;
    private int _next;
    private int[] _lineOffsets;
    private bool _started;

    public TableElement(LayoutContext context, StyleSheet styles, Table table) : base(context)
    {
        _table = table;
        _shapes = TableShapes.Shape(context, styles, table);
        _lineOffsets = new int[table.Columns.Count];
    }

    private TableTheme Style => Context.Theme.Table;
    private double Pad => Style.CellPadding;
    private int RowCount => _shapes.Cells.Length;

    public override SpacePlan Measure(double width, double height)
    {
        var g = Geometry(width);
        if (_started && _next >= RowCount) return SpacePlan.Empty;
        if (RowCount == 0)
        {
            var whole = g.CaptionHeight + CaptionGap + g.HeaderHeight;
            return whole <= height + 0.01 || Context.Force ? SpacePlan.Full(whole) with { Notes = NotesPlaced(g, 0, null) } : SpacePlan.Wrap("the table does not fit");
        }
        var (rows, h, split) = Fit(g, height);
        var notes = NotesPlaced(g, rows, split);
        if (_next + rows >= RowCount && split is null) return SpacePlan.Full(h) with { Notes = notes };
        if (rows == 0 && split is null) return SpacePlan.Wrap("the table cannot start or continue here");
        return SpacePlan.Partial(h) with { Notes = notes };
    }

    /// <summary>Whole rows to place, the height used, and the lines per cell of a row split under force.</summary>
    private (int Rows, double Height, int[]? Split) Fit(TableGeometry g, double height)
    {
        double top = (_started ? g.ContinuedHeight : g.CaptionHeight) + CaptionGap + g.HeaderHeight;
        var remaining = RowCount - _next;
        int n = 0;
        double h = top;
        while (n < remaining)
        {
            var rh = RowHeight(g, _next + n, n == 0 ? _lineOffsets : null);
            if (h + rh > height + 0.01) break;
            h += rh;
            n++;
        }
        if (n >= remaining) return (n, h, null);

        var keep = TableSplitRules.MinRows(Style);
        if (!Context.Force)
        {
            // A short table that fits on a page moves to the next page whole rather than split.
            if (!_started && TableSplitRules.KeepWhole(RowCount) && Height(g, top, RowCount) <= Context.ContentHeight + 0.01)
                return (0, 0, null);
            n = Math.Min(n, remaining - keep); // leave enough rows for the next page
            // Rows so tall that fewer than the minimum fit even on an empty page: moving on would not help.
            var least = FitsOnEmptyPage(g, top) < keep ? 1 : keep;
            return n >= least ? (n, Height(g, top, n), null) : (0, 0, null);
        }
        // First on an empty page: place what fits, still leaving rows for the next page when that is possible.
        if (n > 0) return remaining - keep >= 1 && n > remaining - keep ? (remaining - keep, Height(g, top, remaining - keep), null) : (n, h, null);
        return SplitRow(g, top, height);
    }

    // A row taller than the page: split it between lines.
    private (int Rows, double Height, int[]? Split) SplitRow(TableGeometry g, double top, double height)
    {
        var room = height - top - 2 * Pad;
        var split = new int[_table.Columns.Count];
        double tallest = 0;
        for (int c = 0; c < split.Length; c++)
        {
            var lines = g.Cells[_next][c];
            double used = 0;
            int k = _lineOffsets[c];
            // At least one line per unfinished cell, so the split always makes progress.
            while (k < lines.Count && (used + lines[k].Height <= room || used == 0)) { used += lines[k].Height; k++; }
            split[c] = k;
            tallest = Math.Max(tallest, used);
        }
        return (0, top + tallest + 2 * Pad, split);
    }

    // Rows from the next one that would fit on an empty page under the (continuation) caption and header.
    private int FitsOnEmptyPage(TableGeometry g, double top)
    {
        int n = 0;
        for (double h = top; _next + n < RowCount; n++)
        {
            h += RowHeight(g, _next + n, n == 0 ? _lineOffsets : null);
            if (h > Context.ContentHeight + 0.01) break;
        }
        return n;
    }

    private double Height(TableGeometry g, double top, int rows)
    {
        var h = top;
        for (int r = 0; r < rows; r++) h += RowHeight(g, _next + r, r == 0 ? _lineOffsets : null);
        return h;
    }

    private double RowHeight(TableGeometry g, int row, int[]? offsets)
    {
        double tallest = 0;
        for (int c = 0; c < _table.Columns.Count; c++)
            tallest = Math.Max(tallest, g.Cells[row][c].Skip(offsets?[c] ?? 0).Sum(l => l.Height));
        return tallest + 2 * Pad;
    }

    private TableGeometry Geometry(double width)
    {
        if (_geometry is not null && Math.Abs(width - _geometryWidth) < 0.001) return _geometry;
        _geometry = ComputeGeometry(width);
        _geometryWidth = width;
        return _geometry;
    }

    private TableGeometry ComputeGeometry(double width)
    {
        var breaker = Context.Breaker;
        int cols = _table.Columns.Count;
        var widths = _shapes.ColumnWidths(breaker, Pad, width);
        var caption = breaker.Break(_shapes.Caption, width, TextAlign.Left);
        var continued = breaker.Break(_shapes.Continued, width, TextAlign.Left);
        var header = Enumerable.Range(0, cols).Select(c => (IReadOnlyList<TextLine>)breaker.Break(_shapes.Header[c], widths[c] - 2 * Pad, Align(c))).ToArray();
        var cells = _shapes.Cells.Select(r => Enumerable.Range(0, cols)
            .Select(c => (IReadOnlyList<TextLine>)breaker.Break(r[c], widths[c] - 2 * Pad, Align(c))).ToArray()).ToArray();
        var headerHeight = header.Select(l => l.Sum(x => x.Height)).DefaultIfEmpty(0).Max() + 2 * Pad;
        return new TableGeometry(widths, caption, caption.Sum(l => l.Height), continued, continued.Sum(l => l.Height),
            header, headerHeight, cells);
    }

    private TextAlign Align(int column) => _table.Columns[column].Align switch
    {
        ColumnAlign.Center => TextAlign.Center,
        ColumnAlign.Right => TextAlign.Right,
        _ => TextAlign.Left,
    };
}
