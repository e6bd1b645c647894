namespace BriefGenerator.Charts;

/// <summary>A chart drawn from a table: what both renderers draw (PDF vectors, a native Word chart) and what the alt
/// text says.</summary>
/// <param name="Kind">Bar, horizontal bar, stacked bar or line.</param>
/// <param name="XTitle">The category axis title (the x column's header unless the caption gives <c>x-title</c>).</param>
/// <param name="YTitle">The value axis title: <c>y-title</c>, else the one series' name, else empty (the legend names them).</param>
/// <param name="Categories">The x column's cells, one per body row.</param>
/// <param name="Series">One per y column.</param>
/// <param name="AltText">The caption's <c>chart-alt</c>, or a description generated from the data.</param>
/// <param name="Language">The brief's language (BCP 47), which numbers on the axis are written in.</param>
public sealed record ChartData(
    ChartKind Kind,
    string XTitle,
    string YTitle,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string AltText,
    string Language)
{
    /// <summary>True when the chart needs a legend (more than one series).</summary>
    public bool HasLegend => Series.Count > 1;

    /// <summary>The value axis for the data: stacked charts stack the positive and the negative values apart.</summary>
    public AxisScale Scale()
    {
        double low = 0, high = 0;
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Kind == ChartKind.Stacked)
            {
                low = Math.Min(low, Series.Sum(s => Math.Min(0, s.Values[i] ?? 0)));
                high = Math.Max(high, Series.Sum(s => Math.Max(0, s.Values[i] ?? 0)));
            }
            else
                foreach (var s in Series)
                    if (s.Values[i] is { } v) { low = Math.Min(low, v); high = Math.Max(high, v); }
        }
        return AxisScale.For(low, high);
    }
}
