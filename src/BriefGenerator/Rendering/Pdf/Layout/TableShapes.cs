using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Every piece of text of a table shaped once into fragments: the caption "Table N: …", the label
/// "Table N (continued)" of continuation pages, and the cells of the header rows then the body rows (positions covered
/// by a spanning cell hold no fragments). <see cref="Map"/> says which cell owns each position.</summary>
internal sealed record TableShapes(
    List<Fragment> Caption,
    List<Fragment> Continued,
    List<Fragment>[][] Rows,
    int Head,
    SpanPosition[][] Map)
{
    /// <summary>Shapes <paramref name="table"/> in the caption, table header and table cell styles.</summary>
    public static TableShapes Shape(LayoutContext context, StyleSheet styles, Table table)
    {
        var caption = styles.Caption;
        var label = caption with { Style = FontStyle.Bold };
        var runs = new List<StyledRun> { new($"Table {table.Number}:", label) };
        if (table.Caption.Count > 0) runs.Add(new StyledRun(" ", caption));
        runs.AddRange(InlineFlattener.Flatten(table.Caption, caption, context.Theme));
        var continued = new List<StyledRun> { new($"Table {table.Number}", label), new(" (continued)", caption) };
        var head = table.Head;
        var all = head.Concat(table.Rows).ToList();
        var cols = table.Columns.Count;
        var cells = all.Select((row, r) => Enumerable.Range(0, cols).Select(c => c < row.Cells.Count && !row.Cells[c].Covered
            ? styles.Shape(InlineFlattener.Flatten(row.Cells[c].Content, r < head.Count ? styles.TableHeader : styles.TableCell, context.Theme), table.Span)
            : new List<Fragment>()).ToArray()).ToArray();
        return new TableShapes(styles.Shape(runs, table.Span), styles.Shape(continued, table.Span), cells, head.Count,
            TableSpanMap.Of(all, cols));
    }

    /// <summary>The width the table takes: the text column's <paramref name="text"/> width, or, when its cells on one
    /// line need more than that (max-content wider than the column), the column plus <paramref name="breakout"/> points
    /// of the right margin (theme <c>table.breakout</c>). Both formats decide with this, so a table breaks out in both
    /// or in neither.</summary>
    public double Width(LineBreaker breaker, double padding, double text, double breakout) =>
        breakout > 0 && Extents(breaker, padding).Max.Sum() > text + 0.01 ? text + breakout : text;

    /// <summary>Column widths summing to <paramref name="width"/> (see <see cref="TableColumnWidths"/>): each column's
    /// min-content width is its widest word, or its widest whole cell when that cell is a number or a date, which never
    /// break inside; its max-content width is its longest cell on one line; both include the cell padding. Cells of one
    /// column count first; a cell spanning columns then only widens them, evenly, where together they fall short of it,
    /// and it takes no part in balancing. The widths are then balanced for the least table height
    /// (<see cref="TableColumnWidths.Layout"/>).</summary>
    public double[] ColumnWidths(LineBreaker breaker, double padding, double width)
    {
        var (min, max, words) = Extents(breaker, padding);
        return TableColumnWidths.Layout(min, max, words, 2 * padding, width);
    }

    // Each column's min- and max-content width and the measured words of every single-column cell, computed once.
    private (double[] Min, double[] Max, CellWords[][] Words) Extents(LineBreaker breaker, double padding)
    {
        if (_extents is { } known && known.Padding == padding) return known.Value;
        var cols = Map.Length == 0 ? 0 : Map[0].Length;
        var min = new double[cols];
        var max = new double[cols];
        var none = new CellWords(Array.Empty<double>(), Array.Empty<double>(), Array.Empty<bool>());
        var words = Rows.Select(r => Enumerable.Repeat(none, cols).ToArray()).ToArray();
        foreach (var spanning in new[] { false, true })
            for (int r = 0; r < Rows.Length; r++)
                for (int c = 0; c < cols; c++)
                {
                    var at = Map[r][c];
                    if (at.Role != SpanRole.Start || (at.ColumnSpan > 1) != spanning) continue;
                    var frags = Rows[r][c];
                    var (narrowest, widest, measured) = breaker.Extent(frags);
                    var unbreakable = NumericText.IsUnbreakable(frags.Count == 1 ? frags[0].Text : string.Concat(frags.Select(f => f.Text)));
                    Widen(min, c, at.ColumnSpan, (unbreakable ? widest : narrowest) + 2 * padding + 0.5);
                    Widen(max, c, at.ColumnSpan, widest + 2 * padding + 0.5);
                    if (!spanning) words[r][c] = measured;
                }
        _extents = (padding, (min, max, words));
        return (min, max, words);
    }

    private (double Padding, (double[] Min, double[] Max, CellWords[][] Words) Value)? _extents;

    // Widens columns [first, first + span) evenly until together they are at least `needed` wide.
    private static void Widen(double[] widths, int first, int span, double needed)
    {
        var have = 0.0;
        for (var c = first; c < first + span; c++) have += widths[c];
        if (needed <= have) return;
        for (var c = first; c < first + span; c++) widths[c] += (needed - have) / span;
    }
}
