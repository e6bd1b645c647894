namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Distributes a table's width among its columns from their content: every column gets at least its
/// widest word, and the space left is shared in proportion to how much more each column would like.</summary>
internal static class ColumnWidths
{
    /// <summary>Column widths summing to <paramref name="available"/> (never wider than the text column).</summary>
    public static double[] Distribute(double[] min, double[] max, double available)
    {
        int n = min.Length;
        var widths = new double[n];
        double sumMin = min.Sum(), sumMax = max.Sum();
        if (sumMax <= available)
        {
            // Everything fits on one line: widen all columns in proportion to their content.
            for (int i = 0; i < n; i++) widths[i] = max[i] + (available - sumMax) * (sumMax > 0 ? max[i] / sumMax : 1.0 / n);
        }
        else if (sumMin >= available)
        {
            // Even the widest words do not fit: shrink; cells then break inside words.
            for (int i = 0; i < n; i++) widths[i] = sumMin > 0 ? min[i] * available / sumMin : available / n;
        }
        else
        {
            var share = (available - sumMin) / (sumMax - sumMin);
            for (int i = 0; i < n; i++) widths[i] = min[i] + (max[i] - min[i]) * share;
        }
        return widths;
    }
}
