namespace BriefGenerator.Rendering;

/// <summary>Shares a table's width among its columns from their content, the same way in PDF and DOCX. Each column
/// has a narrowest fit (its widest word) and a widest fit (its longest cell):
/// <list type="bullet">
/// <item>when every widest fit fits, columns are widened in proportion to them;</item>
/// <item>otherwise short label columns (widest fit at most <see cref="LabelShare"/> of the width) keep their widest
/// fit so labels do not wrap, as long as the other columns can still get their narrowest fit; the rest is shared
/// in proportion to how much more each remaining column would like;</item>
/// <item>when even the narrowest fits do not fit, they are scaled down (cells then break inside words).</item>
/// </list></summary>
public static class TableColumnWidths
{
    /// <summary>Largest share of the width a column may take to stay unwrapped ahead of the others.</summary>
    public const double LabelShare = 0.3;

    /// <summary>Column widths summing to <paramref name="available"/>.</summary>
    public static double[] Distribute(double[] min, double[] max, double available)
    {
        var n = min.Length;
        var widths = new double[n];
        if (n == 0) return widths;
        for (var i = 0; i < n; i++) max[i] = Math.Max(max[i], min[i]);
        double sumMin = min.Sum(), sumMax = max.Sum();
        if (sumMax <= available)
        {
            for (var i = 0; i < n; i++) widths[i] = sumMax > 0 ? max[i] * available / sumMax : available / n;
            return widths;
        }
        if (sumMin >= available)
        {
            for (var i = 0; i < n; i++) widths[i] = sumMin > 0 ? min[i] * available / sumMin : available / n;
            return widths;
        }

        var settled = new bool[n];
        var used = sumMin;
        foreach (var i in Enumerable.Range(0, n).OrderBy(i => max[i]).ThenBy(i => i))
        {
            if (max[i] > LabelShare * available || used - min[i] + max[i] > available) continue;
            settled[i] = true;
            widths[i] = max[i];
            used += max[i] - min[i];
        }
        // Not every column can settle (the widest fits together do not fit), so some remain to share the rest.
        double restMin = 0, restMax = 0;
        var rest = 0;
        for (var i = 0; i < n; i++)
            if (!settled[i]) { restMin += min[i]; restMax += max[i]; rest++; }
        var left = available - widths.Sum();
        for (var i = 0; i < n; i++)
        {
            if (settled[i]) continue;
            widths[i] = restMax > restMin
                ? min[i] + (max[i] - min[i]) * (left - restMin) / (restMax - restMin)
                : min[i] + (left - restMin) / rest;
        }
        return widths;
    }
}
