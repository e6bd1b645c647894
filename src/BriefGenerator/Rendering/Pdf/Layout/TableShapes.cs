using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Every piece of text of a table shaped once into fragments: the caption "Table N: …", the label
/// "Table N (continued)" of continuation pages, the header cells and the body cells.</summary>
internal sealed record TableShapes(
    List<Fragment> Caption,
    List<Fragment> Continued,
    List<Fragment>[] Header,
    List<Fragment>[][] Cells)
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
        List<Fragment> Cell(IEnumerable<Inline> inlines, RunStyle style) =>
            styles.Shape(InlineFlattener.Flatten(inlines, style, context.Theme), table.Span);
        return new TableShapes(
            styles.Shape(runs, table.Span),
            styles.Shape(continued, table.Span),
            table.Columns.Select(c => Cell(c.Header, styles.TableHeader)).ToArray(),
            table.Rows.Select(r => r.Cells.Select(c => Cell(c.Content, styles.TableCell)).ToArray()).ToArray());
    }

    /// <summary>Column widths summing to <paramref name="width"/> (see <see cref="TableColumnWidths"/>): each column's
    /// min-content width is its widest word, or its widest whole cell when that cell is a number or a date, which never
    /// break inside; its max-content width is its longest cell on one line; both include the cell padding. The
    /// widths are then balanced for the least table height (<see cref="TableColumnWidths.Layout"/>).</summary>
    public double[] ColumnWidths(LineBreaker breaker, double padding, double width)
    {
        var cols = Header.Length;
        var min = new double[cols];
        var max = new double[cols];
        var rows = Cells.Prepend(Header).ToArray();
        var words = rows.Select(r => new CellWords[cols]).ToArray();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < cols; c++)
            {
                var frags = rows[r][c];
                var widest = breaker.MaxWidth(frags);
                var unbreakable = NumericText.IsUnbreakable(string.Concat(frags.Select(f => f.Text)));
                min[c] = Math.Max(min[c], (unbreakable ? widest : breaker.MinWidth(frags)) + 2 * padding + 0.5);
                max[c] = Math.Max(max[c], widest + 2 * padding + 0.5);
                words[r][c] = breaker.Measure(frags);
            }
        return TableColumnWidths.Layout(min, max, words, 2 * padding, width);
    }
}
