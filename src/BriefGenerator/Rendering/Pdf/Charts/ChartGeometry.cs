using BriefGenerator.Charts;

namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>Where a chart's parts go in its box (points from its top-left): the legend and the axis title on top, the
/// plot area, the category labels (wrapped to the room each category has) and the tick labels beside it.</summary>
internal sealed record ChartGeometry(
    double Width,
    double Height,
    double LegendHeight,
    double TitleTop,
    LayoutBox Plot,
    IReadOnlyList<IReadOnlyList<string>> CategoryLabels,
    AxisScale Scale,
    IReadOnlyList<string> TickLabels)
{
    private const double Gap = 4;

    /// <summary>True for horizontal bars (categories down the left, values along the bottom).</summary>
    public bool Horizontal { get; init; }

    /// <summary>Lays the chart out in <paramref name="width"/>, never taller than <paramref name="maxHeight"/>.</summary>
    public static ChartGeometry Compute(ChartData data, ChartText text, double width, double maxHeight)
    {
        var scale = data.Scale();
        var decimals = ChartNumber.Decimals(scale.Step);
        var ticks = scale.Ticks.Select(t => ChartNumber.Format(t, decimals, data.Language)).ToList();
        var legend = data.HasLegend ? ChartLegend.Height(text, data.Series.Select(s => s.Name).ToList(), width) + Gap : 0;
        var line = text.LineHeight;
        var n = Math.Max(1, data.Categories.Count);
        if (data.Kind == ChartKind.HorizontalBar)
        {
            // Category labels in a column at the left (at most a third of the width), the value axis along the bottom.
            var labelWidth = Math.Min(width / 3, data.Categories.Select(text.Width).DefaultIfEmpty(0).Max());
            var labels = data.Categories.Select(c => text.Wrap(c, labelWidth, 2)).ToList();
            var top = legend + (data.XTitle.Length > 0 ? line + Gap : 0);
            var bottom = Gap + line + (data.YTitle.Length > 0 ? line + Gap : 0);
            var band = Math.Max(labels.Select(l => l.Count).DefaultIfEmpty(1).Max() * line + 4, data.Series.Count * 9 + 8);
            band = Math.Max(6, Math.Min(band, (maxHeight - top - bottom) / n));
            var plotX = labelWidth + 6;
            var plot = new LayoutBox(plotX, top, width - plotX - text.Width(ticks[^1]) / 2, band * n);
            return new ChartGeometry(width, top + plot.Height + bottom, legend, legend, plot, labels, scale, ticks) { Horizontal = true };
        }
        else
        {
            var tickWidth = ticks.Select(text.Width).Max() + 6;
            var top = legend + (data.YTitle.Length > 0 ? line + Gap : 0) + text.Size / 2;
            var plotWidth = width - tickWidth - 2;
            var bandWidth = plotWidth / n;
            var labels = data.Categories.Select(c => text.Wrap(c, Math.Max(bandWidth - 4, 10), 3)).ToList();
            var bottom = Gap + labels.Select(l => l.Count).DefaultIfEmpty(1).Max() * line + (data.XTitle.Length > 0 ? Gap + line : 0);
            var plotHeight = Math.Clamp(width * 0.42, 100, 220);
            plotHeight = Math.Max(40, Math.Min(plotHeight, maxHeight - top - bottom));
            var plot = new LayoutBox(tickWidth, top, plotWidth, plotHeight);
            return new ChartGeometry(width, top + plotHeight + bottom, legend, legend, plot, labels, scale, ticks);
        }
    }
}
