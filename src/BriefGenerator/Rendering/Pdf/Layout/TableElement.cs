using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A comparison table: caption "Table N: …" above it, column widths from content (browser-style automatic
/// layout, see <see cref="TableShapes.ColumnWidths"/>), header rows repeated on every page under a "Table N (continued)"
/// label, rules and zebra striping from the theme. Cells may span columns and rows (grid tables): rows joined by a cell
/// spanning them move together. Splitting (see <see cref="TableSplitRules"/>): a table of up to 8 rows that fits on a
/// page moves whole; a split leaves at least <see cref="TableTheme.MinRowsSplit"/> rows on each side, else the table
/// moves on; rows are kept whole unless a row (or a group of rows) is taller than a page (then split between lines).
/// In a right-to-left brief the table is mirrored: the first column stands at the right, cells and caption read from
/// the right edge.</summary>
internal sealed partial class TableElement : Element
{
    private const double CaptionGap = 5;
    private readonly Table _table;
    private readonly TableShapes _shapes;
    private readonly SpanPosition[][] _map;
    private readonly int _head;
    private TableGeometry? _geometry;
    private double _geometryWidth = -1;
    private int _next; // next body row to draw
    private int[] _lineOffsets;
    private bool _started;

    private readonly double _breakout;
    private double _spanFor = -1, _span;
    private readonly TableMeasure? _shared; // the widths in a text column _sharedText wide, from TableWidthCache
    private readonly double _sharedText = -1;

    /// <summary>A table laid out in its column; <paramref name="breakout"/> is how far a table too wide for the column
    /// may reach into the right margin (<see cref="TableShapes.Width"/>), 0 for tables nested in lists and boxes;
    /// <paramref name="topLevel"/> says the table stands in the text column (its widths are then shared with the DOCX).</summary>
    public TableElement(LayoutContext context, StyleSheet styles, Table table, double breakout = 0, bool topLevel = false) : base(context)
    {
        _breakout = breakout;
        _table = table;
        var padding = context.Theme.Table.CellPadding;
        TableShapes? shaped = null;
        // A top-level table is measured in the text column as the DOCX measures it (Docx/TableWidths): measured here,
        // once, and the DOCX takes the widths from TableWidthCache. The cells are shaped here all the same (for their
        // text and, in reading order, their diagnostics), so this never waits on the DOCX measuring the table.
        if (topLevel)
        {
            var text = context.Theme.Page.ContentWidth;
            _shared = TableWidthCache.GetUnlessMeasuring(table, context.Theme, context.Library, text, breakout, () =>
            {
                shaped = TableShapes.Shape(context, styles, table, padding);
                var w = shaped.Width(context.Breaker, padding, text, breakout);
                return new TableMeasure(w, shaped.ColumnWidths(context.Breaker, padding, w));
            });
            if (_shared is not null) _sharedText = text;
        }
        _shapes = shaped ?? TableShapes.Shape(context, styles, table, padding);
        (_map, _head) = (_shapes.Map, _shapes.Head);
        _lineOffsets = new int[table.Columns.Count];
    }

    private TableTheme Style => Context.Theme.Table;
    private double Pad => Style.CellPadding;
    private int RowCount => _shapes.RowCount - _head;

    public override SpacePlan Measure(double width, double height)
    {
        var g = Geometry(TakenWidth(width));
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

    private double RowHeight(TableGeometry g, int row, int[]? offsets)
    {
        Ensure(g, row);
        if (offsets is null || Array.TrueForAll(offsets, o => o == 0)) return g.RowHeights[row];
        double tallest = 0;
        for (int c = 0; c < _table.Columns.Count; c++)
            tallest = Math.Max(tallest, HeightOf(g.Cells[row]![c], offsets[c]));
        return tallest + 2 * Pad;
    }

    // The width the table takes in a column this wide: the column, or the column and the breakout.
    private double TakenWidth(double width)
    {
        if (Math.Abs(width - _spanFor) > 0.001)
            (_spanFor, _span) = (width, _shared is not null && width.Equals(_sharedText) ? _shared.Width : _shapes.Width(Context.Breaker, Pad, width, _breakout));
        return _span;
    }

    private TableGeometry Geometry(double width)
    {
        if (_geometry is not null && Math.Abs(width - _geometryWidth) < 0.001) return _geometry;
        _geometry = ComputeGeometry(width);
        _geometryWidth = width;
        return _geometry;
    }

    // Right to left, cells are set flush left and then mirrored (Mirror): left- and right-aligned cells end up
    // flush right, centred ones stay centred.
    private TextAlign Align(int column) => _table.Columns[column].Align switch
    {
        ColumnAlign.Center => TextAlign.Center,
        _ when Context.RightToLeft => TextAlign.Left,
        ColumnAlign.Right => TextAlign.Right,
        _ => TextAlign.Left,
    };
}
