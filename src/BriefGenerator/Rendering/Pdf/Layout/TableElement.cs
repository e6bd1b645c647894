using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A comparison table: caption "Table N: …" above it and kept with its first rows, column widths from
/// content, header row repeated on every page, rows kept whole unless one is taller than a page (then split between
/// lines), rules and zebra striping from the theme.</summary>
internal sealed partial class TableElement : Element
{
    private const double CaptionGap = 5;
    private readonly Table _table;
    private readonly List<Fragment> _caption;
    private readonly List<Fragment>[] _header;
    private readonly List<Fragment>[][] _cells;
    private TableGeometry? _geometry;
    private double _geometryWidth = -1;
    private int _next;
    private int[] _lineOffsets;
    private bool _started;

    public TableElement(LayoutContext context, StyleSheet styles, Table table) : base(context)
    {
        _table = table;
        (_caption, _header, _cells) = Shape(context, styles, table);
        _lineOffsets = new int[table.Columns.Count];
    }

    // Every cell shaped once, when the element is built.
    private static Tuple<List<Fragment>, List<Fragment>[], List<Fragment>[][]> Shape(LayoutContext context, StyleSheet styles, Table table)
    {
        var caption = styles.Caption;
        var runs = new List<StyledRun> { new($"Table {table.Number}:", caption with { Style = FontStyle.Bold }) };
        if (table.Caption.Count > 0) runs.Add(new StyledRun(" ", caption));
        runs.AddRange(InlineFlattener.Flatten(table.Caption, caption, context.Theme));
        List<Fragment> Cell(IEnumerable<Inline> inlines, RunStyle style) =>
            styles.Shape(InlineFlattener.Flatten(inlines, style, context.Theme), table.Span);
        return Tuple.Create(
            styles.Shape(runs, table.Span),
            table.Columns.Select(c => Cell(c.Header, styles.TableHeader)).ToArray(),
            table.Rows.Select(r => r.Cells.Select(c => Cell(c.Content, styles.TableCell)).ToArray()).ToArray());
    }

    private TableTheme Style => Context.Theme.Table;
    private double Pad => Style.CellPadding;
    private int RowCount => _cells.Length;

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
            var rh = RowHeight(g, _next + n, n == 0 ? _lineOffsets : null);
            if (h + rh > height + 0.01) break;
            h += rh;
            n++;
        }
        if (n > 0 || _next >= RowCount || !Context.Force) return (n, h, null);

        // A row taller than the page: split it between lines.
        var room = height - h - 2 * Pad;
        var split = new int[_table.Columns.Count];
        double tallest = 0;
        for (int c = 0; c < split.Length; c++)
        {
            var lines = g.Cells[_next][c];
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
        var min = new double[cols];
        var max = new double[cols];
        for (int c = 0; c < cols; c++)
        {
            foreach (var frags in _cells.Select(r => r[c]).Prepend(_header[c]))
            {
                min[c] = Math.Max(min[c], breaker.MinWidth(frags) + 2 * Pad + 0.5);
                max[c] = Math.Max(max[c], breaker.MaxWidth(frags) + 2 * Pad + 0.5);
            }
        }
        var widths = ColumnWidths.Distribute(min, max, width);
        var caption = breaker.Break(_caption, width, TextAlign.Left);
        var header = Enumerable.Range(0, cols).Select(c => (IReadOnlyList<TextLine>)breaker.Break(_header[c], widths[c] - 2 * Pad, Align(c))).ToArray();
        var cells = _cells.Select(r => Enumerable.Range(0, cols)
            .Select(c => (IReadOnlyList<TextLine>)breaker.Break(r[c], widths[c] - 2 * Pad, Align(c))).ToArray()).ToArray();
        var headerHeight = header.Select(l => l.Sum(x => x.Height)).DefaultIfEmpty(0).Max() + 2 * Pad;
        return new TableGeometry(widths, caption, caption.Sum(l => l.Height), header, headerHeight, cells);
    }

    private TextAlign Align(int column) => _table.Columns[column].Align switch
    {
        ColumnAlign.Center => TextAlign.Center,
        ColumnAlign.Right => TextAlign.Right,
        _ => TextAlign.Left,
    };
}
