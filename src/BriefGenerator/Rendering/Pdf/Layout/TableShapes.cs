using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The text of a table as layout needs it: the caption "Table N: …", the label "Table N (continued)" of
/// continuation pages and the header rows, shaped into fragments and kept; the body rows only measured. One pass shapes
/// every cell (header rows, then body rows, so diagnostics come in the order of the text) and keeps each column's min-
/// and max-content widths and, for a table small enough to balance, the measured words of its cells; a body cell is
/// shaped again when its row is placed (<see cref="Cell"/>), so a long table holds numbers per cell, not fragments.
/// <see cref="Map"/> says which cell owns each position (positions covered by a spanning cell have no text).</summary>
internal sealed class TableShapes
{
    private static readonly List<Fragment> None = new();
    private readonly LayoutContext _context;
    private readonly StyleSheet _styles;
    private readonly Table _table;
    private readonly IReadOnlyList<TableRow> _all;
    private readonly List<Fragment>[][] _head;
    private readonly double[] _min, _max;
    private readonly CellWords[][] _words;
    private readonly int _wordCount;
    private readonly double _padding;
    private readonly RunStyle _headerStyle, _cellStyle; // taken once: the style sheet makes a new one on each call

    private TableShapes(LayoutContext context, StyleSheet styles, Table table, double padding)
    {
        (_context, _styles, _table, _padding) = (context, styles, table, padding);
        (_headerStyle, _cellStyle) = (styles.TableHeader, styles.TableCell);
        var head = table.Head;
        _all = head.Count == 0 ? table.Rows : head.Concat(table.Rows).ToList();
        Head = head.Count;
        var cols = table.Columns.Count;
        Map = TableSpanMap.Of(_all, cols);
        _head = new List<Fragment>[Head][];
        (_min, _max, _words, _wordCount) = Measure(context.Breaker, padding, cols);
        var caption = styles.Caption;
        var label = caption with { Style = FontStyle.Bold };
        var runs = new List<StyledRun> { new($"Table {table.Number}:", label) };
        if (table.Caption.Count > 0) runs.Add(new StyledRun(" ", caption));
        runs.AddRange(InlineFlattener.Flatten(table.Caption, caption, context.Theme));
        Caption = styles.Shape(runs, table.Span);
        Continued = styles.Shape(new List<StyledRun> { new($"Table {table.Number}", label), new(" (continued)", caption) }, table.Span);
    }

    /// <summary>Shapes and measures <paramref name="table"/> in the caption, table header and table cell styles;
    /// <paramref name="padding"/> is the cell padding its column widths include.</summary>
    public static TableShapes Shape(LayoutContext context, StyleSheet styles, Table table, double padding) =>
        new(context, styles, table, padding);

    /// <summary>As above, with the theme's cell padding (the DOCX's column widths, <c>Docx/TableWidths</c>).</summary>
    public static TableShapes Shape(LayoutContext context, StyleSheet styles, Table table) =>
        new(context, styles, table, context.Theme.Table.CellPadding);

    /// <summary>The caption's fragments.</summary>
    public List<Fragment> Caption { get; }

    /// <summary>The continuation label's fragments.</summary>
    public List<Fragment> Continued { get; }

    /// <summary>The number of header rows (they come first in <see cref="Map"/>).</summary>
    public int Head { get; }

    /// <summary>Which cell owns each position, header rows first.</summary>
    public SpanPosition[][] Map { get; }

    /// <summary>Header and body rows.</summary>
    public int RowCount => _all.Count;

    /// <summary>The fragments of the cell starting at row <paramref name="r"/> (header rows first), column
    /// <paramref name="c"/>: kept for header rows, shaped anew for body rows (empty where a spanning cell covers it).</summary>
    public List<Fragment> Cell(int r, int c) => r < Head ? _head[r][c] ??= ShapeCell(r, c) : ShapeCell(r, c);

    private List<Fragment> ShapeCell(int r, int c)
    {
        var row = _all[r];
        return c < row.Cells.Count && !row.Cells[c].Covered
            ? _styles.Shape(InlineFlattener.Flatten(row.Cells[c].Content, r < Head ? _headerStyle : _cellStyle, _context.Theme), _table.Span)
            : None;
    }

    /// <summary>The width the table takes: the text column's <paramref name="text"/> width, or, when its cells on one
    /// line need more than that (max-content wider than the column), the column plus <paramref name="breakout"/> points
    /// of the right margin (theme <c>table.breakout</c>). Both formats decide with this, so a table breaks out in both
    /// or in neither.</summary>
    /// <remarks>The cells were measured when the table was shaped, with the context's <paramref name="breaker"/> and this
    /// <paramref name="padding"/>; both are named here so that a caller cannot mistake what the widths include.</remarks>
    public double Width(LineBreaker breaker, double padding, double text, double breakout)
    {
        Check(breaker, padding);
        return breakout > 0 && _max.Sum() > text + 0.01 ? text + breakout : text;
    }

    /// <summary>Column widths summing to <paramref name="width"/> (see <see cref="TableColumnWidths"/>): each column's
    /// min-content width is its widest word, or its widest whole cell when that cell is a number or a date, which never
    /// break inside; its max-content width is its longest cell on one line; both include the cell padding. Cells of one
    /// column count first; a cell spanning columns then only widens them, evenly, where together they fall short of it,
    /// and it takes no part in balancing. The widths are then balanced for the least table height
    /// (<see cref="TableColumnWidths.Layout(double[], double[], CellWords[][], int, double, double)"/>).</summary>
    public double[] ColumnWidths(LineBreaker breaker, double padding, double width)
    {
        Check(breaker, padding);
        return TableColumnWidths.Layout(_min, _max, _words, _wordCount, 2 * padding, width);
    }

    private void Check(LineBreaker breaker, double padding)
    {
        if (!ReferenceEquals(breaker, _context.Breaker) || padding != _padding)
            throw new InvalidOperationException("The table was measured with another line breaker or cell padding.");
    }

    // Each column's min- and max-content width, in one pass over the cells in reading order; the measured words of
    // every single-column cell while the table is small enough for balancing to read them (TableColumnWidths.MaxWords).
    private (double[] Min, double[] Max, CellWords[][] Words, int Count) Measure(LineBreaker breaker, double padding, int cols)
    {
        var min = new double[cols];
        var max = new double[cols];
        var none = new CellWords(Array.Empty<double>(), Array.Empty<double>(), Array.Empty<bool>());
        var words = new CellWords[RowCount][];
        var count = 0;
        var spanning = new List<(int Column, int Span, double Narrowest, double Widest, bool Unbreakable)>();
        for (int r = 0; r < RowCount; r++)
        {
            words[r] = new CellWords[cols];
            Array.Fill(words[r], none);
            if (r < Head) _head[r] = new List<Fragment>[cols];
            for (int c = 0; c < cols; c++)
            {
                var at = Map[r][c];
                if (at.Role != SpanRole.Start)
                {
                    // A position a spanning cell claims but whose own cell is not marked covered (a malformed tree):
                    // shaped all the same, as before, for its diagnostics.
                    if (r >= Head) ShapeCell(r, c); else Cell(r, c);
                    continue;
                }
                var frags = Cell(r, c);
                var (narrowest, widest, measured) = breaker.Extent(frags);
                var unbreakable = NumericText.IsUnbreakable(frags.Count == 1 ? frags[0].Text : string.Concat(frags.Select(f => f.Text)));
                if (at.ColumnSpan > 1) { spanning.Add((c, at.ColumnSpan, narrowest, widest, unbreakable)); continue; }
                Widen(min, c, 1, (unbreakable ? widest : narrowest) + 2 * padding + 0.5);
                Widen(max, c, 1, widest + 2 * padding + 0.5);
                count += measured.Widths.Length;
                if (count <= TableColumnWidths.MaxWords) words[r][c] = measured;
            }
        }
        // Cells spanning columns count after every single-column cell.
        foreach (var (c, span, narrowest, widest, unbreakable) in spanning)
        {
            Widen(min, c, span, (unbreakable ? widest : narrowest) + 2 * padding + 0.5);
            Widen(max, c, span, widest + 2 * padding + 0.5);
        }
        // Past the limit balancing reads only the count: the words measured so far go too.
        if (count > TableColumnWidths.MaxWords) words = Array.Empty<CellWords[]>();
        return (min, max, words, count);
    }

    // Widens columns [first, first + span) evenly until together they are at least `needed` wide.
    private static void Widen(double[] widths, int first, int span, double needed)
    {
        var have = 0.0;
        for (var c = first; c < first + span; c++) have += widths[c];
        if (needed <= have) return;
        for (var c = first; c < first + span; c++) widths[c] += (needed - have) / span;
    }
}
