namespace BriefGenerator.Rendering;

/// <summary>Shares a table's width among its columns the way a browser's automatic table layout does, the same way in
/// PDF and DOCX. Each column has a min-content width (its widest unbreakable piece: a word, or a whole number or date)
/// and a max-content width (its longest cell set on one line):
/// <list type="bullet">
/// <item>when every max-content width fits, columns are widened in proportion to them;</item>
/// <item>otherwise every column gets its min-content width and the rest is shared in proportion to how much more
/// each column would take (max-content minus min-content), so every column sits at the same fraction of the way from
/// its min to its max: a long text column gets most of the room and a short column wraps its header first;</item>
/// <item>when even the min-content widths do not fit, they are scaled down (cells then break inside words).</item>
/// </list>
/// <see cref="Layout(double[], double[], CellWords[][], double, double)"/> then refines the second case: it moves width between columns, never below a column's
/// min-content, to lower the table's height (each row as tall as its cell with the most lines) without making its
/// tallest row taller, so the column that holds the long text gets the room and short columns wrap their headers
/// instead.</summary>
public static class TableColumnWidths
{
    /// <summary>Column widths summing to <paramref name="available"/>.</summary>
    public static double[] Distribute(double[] min, double[] max, double available)
    {
        var n = min.Length;
        var widths = new double[n];
        if (n == 0) return widths;
        var top = new double[n];
        for (var i = 0; i < n; i++) top[i] = Math.Max(max[i], min[i]);
        double sumMin = min.Sum(), sumMax = top.Sum();
        if (sumMax <= available)
        {
            for (var i = 0; i < n; i++) widths[i] = sumMax > 0 ? top[i] * available / sumMax : available / n;
            return widths;
        }
        if (sumMin >= available)
        {
            for (var i = 0; i < n; i++) widths[i] = sumMin > 0 ? min[i] * available / sumMin : available / n;
            return widths;
        }
        var share = (available - sumMin) / (sumMax - sumMin);
        for (var i = 0; i < n; i++) widths[i] = min[i] + (top[i] - min[i]) * share;
        return widths;
    }

    /// <summary>Column widths summing to <paramref name="available"/>: <see cref="Distribute"/>, then balanced.
    /// <paramref name="cells"/> holds each row's cells (header row included), <paramref name="padding"/> the room a
    /// cell's padding takes from its column.</summary>
    public static double[] Layout(double[] min, double[] max, CellWords[][] cells, double padding, double available) =>
        Layout(min, max, cells, cells.Sum(r => r.Sum(c => c.Widths.Length)), padding, available);

    /// <summary>As <see cref="Layout(double[], double[], CellWords[][], double, double)"/> with the cells' word count
    /// <paramref name="words"/> known: past <see cref="MaxWords"/> the cells are not read (they may be left out).</summary>
    public static double[] Layout(double[] min, double[] max, CellWords[][] cells, int words, double padding, double available)
    {
        var widths = Distribute(min, max, available);
        var n = min.Length;
        if (n < 2 || min.Sum() >= available || max.Select((m, i) => Math.Max(m, min[i])).Sum() <= available) return widths;
        if (words > MaxWords) return widths;
        // Pattern search over transfers of width between two columns. The rows' heights in fractional lines (natural
        // width over text width) are convex in the widths, so shrinking steps that only ever lower their sum settle
        // near the best split; a move must not make the tallest row taller (in real lines) than it was.
        var start = Lines(cells, widths, padding);
        var best = Smooth(cells, widths, padding);
        for (var step = available / 8; step >= 0.5; step /= 2)
        {
            for (var round = 0; round < 32; round++)
            {
                var improved = false;
                for (var a = 0; a < n; a++)
                    for (var b = 0; b < n; b++)
                    {
                        if (a == b || widths[a] - step < min[a]) continue;
                        widths[a] -= step;
                        widths[b] += step;
                        var smooth = Smooth(cells, widths, padding);
                        if (smooth < best - 1e-9 && Lines(cells, widths, padding).Tallest <= start.Tallest) { best = smooth; improved = true; }
                        else { widths[a] += step; widths[b] -= step; }
                    }
                if (!improved) break;
            }
        }
        Refine(min, cells, widths, padding, available, start.Tallest);
        // Keep the plain distribution if balancing did not pay off in real lines.
        var plain = Distribute(min, max, available);
        var end = Lines(cells, widths, padding);
        return end.Total <= start.Total ? widths : plain;
    }

    /// <summary>Tables with more words than this skip the second, line-exact pass of <see cref="Layout(double[], double[], CellWords[][], double, double)"/>.</summary>
    public const int MaxRefineWords = 3000;

    // The second pass: fractional lines miss what wrapping wastes (a cell whose words just miss a line takes one more),
    // so moves of whole points between columns are tried again, judged in real lines: fewer lines in all, or as many
    // with a shorter tallest cell, never a tallest row taller than `tallest`.
    private static void Refine(double[] min, CellWords[][] cells, double[] widths, double padding, double available, int tallest)
    {
        if (cells.Sum(r => r.Sum(c => c.Widths.Length)) > MaxRefineWords) return;
        var n = widths.Length;
        var best = Lines(cells, widths, padding);
        // The smallest move that pays is taken first, so text columns give up no more than the lines need.
        for (int moves = 0, step = 1; step <= Math.Min(16, available / 8) && moves < 64;)
        {
            var improved = false;
            for (var a = 0; a < n && !improved; a++)
                for (var b = 0; b < n && !improved; b++)
                {
                    if (a == b || widths[a] - step < min[a]) continue;
                    widths[a] -= step;
                    widths[b] += step;
                    var now = Lines(cells, widths, padding);
                    if (now.Tallest <= tallest && (now.Total < best.Total || (now.Total == best.Total && now.Tallest < best.Tallest))) { best = now; improved = true; }
                    else { widths[a] += step; widths[b] -= step; }
                }
            if (improved) { moves++; step = 1; }
            else step *= 2;
        }
    }

    /// <summary>Tables with more words than this keep the <see cref="Distribute"/> widths (balancing costs time).</summary>
    public const int MaxWords = 20000;

    // The tallest row and the table's height, in lines as the PDF breaks them.
    private static (int Tallest, int Total) Lines(CellWords[][] cells, double[] widths, double padding)
    {
        int tallestRow = 0, total = 0;
        foreach (var row in cells)
        {
            int tallest = 1;
            for (var c = 0; c < row.Length && c < widths.Length; c++)
                tallest = Math.Max(tallest, row[c].Lines(Math.Max(1, widths[c] - padding)));
            tallestRow = Math.Max(tallestRow, tallest);
            total += tallest;
        }
        return (tallestRow, total);
    }

    // The table's height with each cell's lines as a fraction (natural width over text width, at least one).
    private static double Smooth(CellWords[][] cells, double[] widths, double padding)
    {
        double total = 0;
        foreach (var row in cells)
        {
            double tallest = 1;
            for (var c = 0; c < row.Length && c < widths.Length; c++)
                tallest = Math.Max(tallest, row[c].Natural / Math.Max(1, widths[c] - padding));
            total += tallest;
        }
        return total;
    }
}
