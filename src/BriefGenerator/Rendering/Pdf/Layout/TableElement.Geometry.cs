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

    private TableGeometry ComputeGeometry(double width)
    {
        var breaker = Context.Breaker;
        int cols = _table.Columns.Count, rows = _rows.Length;
        var widths = _shapes.ColumnWidths(breaker, Pad, width);
        var caption = Mirror(breaker.Break(_shapes.Caption, width, TextAlign.Left), width);
        var continued = Mirror(breaker.Break(_shapes.Continued, width, TextAlign.Left), width);
        var cells = new IReadOnlyList<TextLine>[rows][];
        var heights = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            cells[r] = new IReadOnlyList<TextLine>[cols];
            heights[r] = 2 * Pad;
            for (int c = 0; c < cols; c++)
            {
                var at = _map[r][c];
                var inner = SumOf(widths, c, at.ColumnSpan) - 2 * Pad;
                cells[r][c] = at.Role == SpanRole.Start
                    ? Mirror(breaker.Break(_rows[r][c], inner, Align(c)), inner)
                    : Array.Empty<TextLine>();
                if (at.Role == SpanRole.Start && at.RowSpan == 1) heights[r] = Math.Max(heights[r], cells[r][c].Sum(l => l.Height) + 2 * Pad);
            }
        }
        // A cell spanning rows that needs more than they give makes its last row taller.
        var groupEnd = Enumerable.Range(0, rows).ToArray();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                var at = _map[r][c];
                if (at.Role != SpanRole.Start || at.RowSpan == 1) continue;
                var last = r + at.RowSpan - 1;
                var need = cells[r][c].Sum(l => l.Height) + 2 * Pad - SumOf(heights, r, at.RowSpan);
                if (need > 0) heights[last] += need;
                for (int k = r; k <= last; k++) groupEnd[k] = Math.Max(groupEnd[k], last);
            }
        // A group ends where no cell from above reaches past it: carry each row's end forward.
        for (int r = rows - 2; r >= 0; r--)
            if (groupEnd[r] > r) groupEnd[r] = Math.Max(groupEnd[r], groupEnd[r + 1]);
        for (int r = 1; r < rows; r++)
            if (groupEnd[r - 1] >= r) groupEnd[r] = groupEnd[r - 1];
        var groupIndex = new int[rows];
        for (int r = _head + 1; r < rows; r++) groupIndex[r] = groupIndex[r - 1] + (groupEnd[r - 1] < r ? 1 : 0);
        return new TableGeometry(widths, caption, caption.Sum(l => l.Height), continued, continued.Sum(l => l.Height), cells, heights, heights.Take(_head).Sum(), groupEnd, groupIndex);
    }
}
