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
/// </list></summary>
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
}
