namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class TableElement
{
    /// <summary>Whole body rows to place, the height used, and the lines per cell of a row split under force.</summary>
    private (int Rows, double Height, int[]? Split) Fit(TableGeometry g, double height)
    {
        double top = (_started ? g.ContinuedHeight : g.CaptionHeight) + CaptionGap + g.HeaderHeight;
        var remaining = RowCount - _next;
        var ends = new List<int>();
        var (n, h) = Take(g, top, height, ends);
        if (n >= remaining) return (n, h, null);

        var keep = TableSplitRules.MinRows(Style);
        // The last place to break that still leaves enough rows for the next page (rows move a group at a time).
        var cut = ends.LastOrDefault(e => e <= remaining - keep);
        if (!Context.Force)
        {
            var onEmptyPage = Take(g, top, Context.ContentHeight, null).Rows;
            // A short table that fits on a page moves to the next page whole rather than split.
            if (!_started && TableSplitRules.KeepWhole(RowCount) && onEmptyPage >= remaining) return (0, 0, null);
            // Rows so tall that fewer than the minimum fit even on an empty page: moving on would not help.
            var least = onEmptyPage < keep ? 1 : keep;
            return cut >= least ? (cut, Height(g, top, cut), null) : (0, 0, null);
        }
        // First on an empty page: place what fits, still leaving rows for the next page when that is possible.
        if (n > 0) return cut >= 1 ? (cut, Height(g, top, cut), null) : (n, h, null);
        return SplitRow(g, top, height);
    }

    // Body rows from the next one that fit in `height` under `top`, a group at a time (rows joined by a cell spanning
    // them move together); `ends` collects the row counts at which a group ends.
    private (int Rows, double Height) Take(TableGeometry g, double top, double height, List<int>? ends)
    {
        double h = top;
        int n = 0;
        while (_next + n < RowCount)
        {
            var first = _head + _next + n;
            var last = n == 0 && Array.Exists(_lineOffsets, o => o > 0) ? first : g.GroupEnd[first];
            double gh = 0;
            for (var r = first; r <= last; r++) gh += RowHeight(g, r, n == 0 && r == first ? _lineOffsets : null);
            if (h + gh > height + 0.01) break;
            h += gh;
            n += last - first + 1;
            ends?.Add(n);
        }
        return (n, h);
    }

    // The height of the first `rows` body rows from the next one under `top`.
    private double Height(TableGeometry g, double top, int rows)
    {
        var h = top;
        for (int r = 0; r < rows; r++) h += RowHeight(g, _head + _next + r, r == 0 ? _lineOffsets : null);
        return h;
    }

    // A row (or a group of rows joined by a cell spanning them) taller than the page: split its first row between
    // lines; a cell spanning rows then runs on in that row, and the rows below it follow.
    private (int Rows, double Height, int[]? Split) SplitRow(TableGeometry g, double top, double height)
    {
        var row = _head + _next;
        Ensure(g, row);
        var room = height - top - 2 * Pad;
        var split = new int[_table.Columns.Count];
        double tallest = 0;
        for (int c = 0; c < split.Length; c++)
        {
            var lines = g.Cells[row][c];
            double used = 0;
            int k = _lineOffsets[c];
            // At least one line per unfinished cell, so the split always makes progress.
            while (k < lines.Count && (used + lines[k].Height <= room || used == 0)) { used += lines[k].Height; k++; }
            split[c] = k;
            tallest = Math.Max(tallest, used);
        }
        return (0, top + tallest + 2 * Pad, split);
    }
}
