using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class TableElement
{
    // Right to left, lines set flush left are reordered to read from the right edge (BidiLine mirrors the alignment).
    private IReadOnlyList<TextLine> Mirror(IReadOnlyList<TextLine> lines, double width) =>
        Context.RightToLeft ? lines.Select(l => BidiLine.Reorder(l, width)).ToList() : lines;

    // values[from..from + count] summed in order (as Skip, Take and Sum would, without their allocations per cell).
    private static double SumOf(double[] values, int from, int count)
    {
        double sum = 0;
        for (int i = from, end = Math.Min(values.Length, from + count); i < end; i++) sum += values[i];
        return sum;
    }

    // The height of lines[from..to), summed in order.
    private static double HeightOf(IReadOnlyList<TextLine> lines, int from = 0, int to = int.MaxValue)
    {
        double sum = 0;
        for (int i = from, end = Math.Min(lines.Count, to); i < end; i++) sum += lines[i].Height;
        return sum;
    }

    // The widths, caption and header rows are set here; body rows are set when they are first measured (Ensure), so a
    // long table holds the set lines of the rows about to be placed, not of all its rows.
    private TableGeometry ComputeGeometry(double width)
    {
        var breaker = Context.Breaker;
        int cols = _table.Columns.Count, rows = _shapes.RowCount;
        // The shared widths when the table takes the width they were measured for (its text column's, TakenWidth).
        var widths = _shared is not null && _spanFor.Equals(_sharedText) && width.Equals(_shared.Width)
            ? _shared.Columns : _shapes.ColumnWidths(breaker, Pad, width);
        var caption = Mirror(breaker.Break(_shapes.Caption, width, TextAlign.Left), width);
        var continued = Mirror(breaker.Break(_shapes.Continued, width, TextAlign.Left), width);
        // Rows joined by a cell spanning them form a group; a group ends where no cell from above reaches past it.
        var groupEnd = Enumerable.Range(0, rows).ToArray();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                var at = _map[r][c];
                if (at.Role != SpanRole.Start || at.RowSpan == 1) continue;
                for (int k = r, last = r + at.RowSpan - 1; k <= last; k++) groupEnd[k] = Math.Max(groupEnd[k], last);
            }
        // Carry each row's end forward.
        for (int r = rows - 2; r >= 0; r--)
            if (groupEnd[r] > r) groupEnd[r] = Math.Max(groupEnd[r], groupEnd[r + 1]);
        for (int r = 1; r < rows; r++)
            if (groupEnd[r - 1] >= r) groupEnd[r] = groupEnd[r - 1];
        var groupIndex = new int[rows];
        for (int r = _head + 1; r < rows; r++) groupIndex[r] = groupIndex[r - 1] + (groupEnd[r - 1] < r ? 1 : 0);
        var g = new TableGeometry(widths, caption, HeightOf(caption), continued, HeightOf(continued),
            new IReadOnlyList<TextLine>[rows][], new double[rows], 0, groupEnd, groupIndex);
        for (int r = 0; r < _head; r++) Ensure(g, r);
        return g with { HeaderHeight = SumOf(g.RowHeights, 0, _head) };
    }

    // Sets the lines and heights of the group of rows that holds `row`, unless they are set.
    private void Ensure(TableGeometry g, int row)
    {
        if (g.Cells[row] is not null) return;
        int first = row, last = g.GroupEnd[row];
        while (first > 0 && g.GroupEnd[first - 1] >= first) first--;
        for (int r = first; r <= last; r++) SetRow(g, r);
        // A cell spanning rows that needs more than they give makes its last row taller.
        for (int r = first; r <= last; r++)
            for (int c = 0; c < _table.Columns.Count; c++)
            {
                var at = _map[r][c];
                if (at.Role != SpanRole.Start || at.RowSpan == 1) continue;
                var need = HeightOf(g.Cells[r]![c]) + 2 * Pad - SumOf(g.RowHeights, r, at.RowSpan);
                if (need > 0) g.RowHeights[r + at.RowSpan - 1] += need;
            }
    }

    // Shapes and sets the cells of one row at the geometry's widths; a cell spanning columns is set at their joint width.
    private void SetRow(TableGeometry g, int r)
    {
        var cols = _table.Columns.Count;
        var cells = new IReadOnlyList<TextLine>[cols];
        var height = 2 * Pad;
        for (int c = 0; c < cols; c++)
        {
            var at = _map[r][c];
            var inner = SumOf(g.Widths, c, at.ColumnSpan) - 2 * Pad;
            cells[c] = at.Role == SpanRole.Start
                ? Mirror(Context.Breaker.Break(_shapes.Cell(r, c), inner, Align(c)), inner)
                : Array.Empty<TextLine>();
            if (at.Role == SpanRole.Start && at.RowSpan == 1) height = Math.Max(height, HeightOf(cells[c]) + 2 * Pad);
        }
        g.RowHeights[r] = height;
        g.Cells[r] = cells;
    }
}
