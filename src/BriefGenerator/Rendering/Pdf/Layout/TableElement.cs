using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A comparison table: caption "Table N: …" above it and kept with its first rows, column widths from
/// content, header rows repeated on every page, rows kept whole unless one is taller than a page (then split between
/// lines), rules and zebra striping from the theme. Cells may span columns and rows (grid tables): rows joined by a
/// cell spanning them are kept on one page together, unless they are taller than a page.</summary>
internal sealed partial class TableElement : Element
{
    private const double CaptionGap = 5;
    private readonly Table _table;
    private readonly List<Fragment> _caption;
    private readonly List<Fragment>[][] _rows; // header rows, then body rows
    private readonly SpanPosition[][] _map;
    private readonly int _head;
    private TableGeometry? _geometry;
    private double _geometryWidth = -1;
    private int _next; // next body row to draw
    private int[] _lineOffsets;
    private bool _started;

    public TableElement(LayoutContext context, StyleSheet styles, Table table) : base(context)
    {
        _table = table;
        var head = table.Head;
        var all = head.Concat(table.Rows).ToList();
        _head = head.Count;
        _map = TableSpanMap.Of(all, table.Columns.Count);
        (_caption, _rows) = Shape(context, styles, table, all, _head);
        _lineOffsets = new int[table.Columns.Count];
    }

    // Every cell shaped once, when the element is built.
    private static (List<Fragment>, List<Fragment>[][]) Shape(LayoutContext context, StyleSheet styles, Table table, List<TableRow> rows, int head)
    {
        var caption = styles.Caption;
        var runs = new List<StyledRun> { new($"Table {table.Number}:", caption with { Style = FontStyle.Bold }) };
        if (table.Caption.Count > 0) runs.Add(new StyledRun(" ", caption));
        runs.AddRange(InlineFlattener.Flatten(table.Caption, caption, context.Theme));
        var cols = table.Columns.Count;
        var cells = rows.Select((row, r) => Enumerable.Range(0, cols).Select(c => c < row.Cells.Count && !row.Cells[c].Covered
            ? styles.Shape(InlineFlattener.Flatten(row.Cells[c].Content, r < head ? styles.TableHeader : styles.TableCell, context.Theme), table.Span)
            : new List<Fragment>()).ToArray()).ToArray();
        return (styles.Shape(runs, table.Span), cells);
    }

    private TableTheme Style => Context.Theme.Table;
    private double Pad => Style.CellPadding;
    private int RowCount => _rows.Length - _head;

    public override SpacePlan Measure(double width, double height)
    {
        var g = Geometry(width);
        if (_started && _next >= RowCount) return SpacePlan.Empty;
        var (rows, h, split) = Fit(g, height);
        var notes = NotesPlaced(g, rows, split);
        if (_next + rows >= RowCount && split is null) return SpacePlan.Full(h) with { Notes = notes };
        if (rows == 0 && split is null) return SpacePlan.Wrap("header and first row do not fit");
        return SpacePlan.Partial(h) with { Notes = notes };
    }

    /// <summary>Whole rows that fit, the height used, and the lines per cell of a row split under force.</summary>
    private (int Rows, double Height, int[]? Split) Fit(TableGeometry g, double height)
    {
        double h = (_started ? 0 : g.CaptionHeight + CaptionGap) + g.HeaderHeight;
        int n = 0;
        while (_next + n < RowCount)
        {
            var first = _head + _next + n;
            var last = n == 0 && _lineOffsets.Any(o => o > 0) ? first : g.GroupEnd[first];
            double gh = 0;
            for (var r = first; r <= last; r++) gh += RowHeight(g, r, n == 0 && r == first ? _lineOffsets : null);
            if (h + gh > height + 0.01) break;
            h += gh;
            n += last - first + 1;
        }
        if (n > 0 || _next >= RowCount || !Context.Force) return (n, h, null);

        // A row (or a group of rows joined by a cell spanning them) taller than the page: split its first row between
        // lines; a cell spanning rows then runs on in that row, and the rows below it follow.
        var row = _head + _next;
        var room = height - h - 2 * Pad;
        var split = new int[_table.Columns.Count];
        double tallest = 0;
        for (int c = 0; c < split.Length; c++)
        {
            var lines = g.Cells[row][c];
            double used = 0;
            int k = _lineOffsets[c];
            while (k < lines.Count && used + lines[k].Height <= room) { used += lines[k].Height; k++; }
            split[c] = k;
            tallest = Math.Max(tallest, used);
        }
        return (0, h + tallest + 2 * Pad, split);
    }

    private double RowHeight(TableGeometry g, int row, int[]? offsets)
    {
        if (offsets is null || offsets.All(o => o == 0)) return g.RowHeights[row];
        double tallest = 0;
        for (int c = 0; c < _table.Columns.Count; c++)
            tallest = Math.Max(tallest, g.Cells[row][c].Skip(offsets[c]).Sum(l => l.Height));
        return tallest + 2 * Pad;
    }

    private TableGeometry Geometry(double width)
    {
        if (_geometry is not null && Math.Abs(width - _geometryWidth) < 0.001) return _geometry;
        _geometry = ComputeGeometry(width);
        _geometryWidth = width;
        return _geometry;
    }

    private TextAlign Align(int column) => _table.Columns[column].Align switch
    {
        ColumnAlign.Center => TextAlign.Center,
        ColumnAlign.Right => TextAlign.Right,
        _ => TextAlign.Left,
    };
}
