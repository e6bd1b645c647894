using BriefGenerator.Charts;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>Draws a chart as vectors: legend, axis titles, grid lines at the ticks, tick and category labels, then the
/// bars or lines (<see cref="BarPainter"/>, <see cref="LineSeriesPainter"/>), in the theme's colours.</summary>
internal static class ChartPainter
{
    private const double Gap = 4;

    /// <summary>Draws <paramref name="data"/> laid out as <paramref name="g"/> with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Draw(IPdfCanvas canvas, ChartData data, ChartGeometry g, ChartText text, Theme theme, double x, double y)
    {
        var colors = Enumerable.Range(0, data.Series.Count).Select(i => ChartPalette.Color(theme.Colors, i)).ToList();
        if (data.HasLegend)
            ChartLegend.Draw(canvas, text, data.Series.Select(s => s.Name).ToList(), colors, x, y, g.Width, theme.Colors.Text);
        var plot = g.Plot with { X = x + g.Plot.X, Y = y + g.Plot.Y };
        var muted = theme.Colors.Muted;
        var ticks = g.Scale.Ticks;
        var n = Math.Max(1, data.Categories.Count);
        if (g.Horizontal)
        {
            text.Draw(canvas, data.XTitle, x, y + g.TitleTop, -1, muted);
            for (var i = 0; i < ticks.Count; i++)
            {
                var tx = plot.X + g.Scale.Fraction(ticks[i]) * plot.Width;
                canvas.DrawLine(tx, plot.Y, tx, plot.Bottom, ticks[i] == 0 ? 0.8 : 0.4, ticks[i] == 0 ? muted : theme.Table.Rule);
                text.Draw(canvas, g.TickLabels[i], tx, plot.Bottom + Gap, 0, muted);
            }
            var band = plot.Height / n;
            for (var c = 0; c < data.Categories.Count; c++)
            {
                var lines = g.CategoryLabels[c];
                var top = plot.Y + c * band + (band - lines.Count * text.LineHeight) / 2;
                for (var l = 0; l < lines.Count; l++) text.Draw(canvas, lines[l], plot.X - 6, top + l * text.LineHeight, 1, theme.Colors.Text);
            }
            text.Draw(canvas, data.YTitle, plot.X + plot.Width / 2, plot.Bottom + Gap + text.LineHeight + Gap, 0, muted);
        }
        else
        {
            text.Draw(canvas, data.YTitle, x, y + g.TitleTop, -1, muted);
            for (var i = 0; i < ticks.Count; i++)
            {
                var ty = plot.Bottom - g.Scale.Fraction(ticks[i]) * plot.Height;
                canvas.DrawLine(plot.X, ty, plot.Right, ty, ticks[i] == 0 ? 0.8 : 0.4, ticks[i] == 0 ? muted : theme.Table.Rule);
                text.Draw(canvas, g.TickLabels[i], plot.X - 5, ty - text.Ascent / 2 - 1, 1, muted);
            }
            var band = plot.Width / n;
            var labelLines = g.CategoryLabels.Select(l => l.Count).DefaultIfEmpty(1).Max();
            for (var c = 0; c < data.Categories.Count; c++)
            {
                var lines = g.CategoryLabels[c];
                for (var l = 0; l < lines.Count; l++)
                    text.Draw(canvas, lines[l], plot.X + (c + 0.5) * band, plot.Bottom + Gap + l * text.LineHeight, 0, theme.Colors.Text);
            }
            text.Draw(canvas, data.XTitle, plot.X + plot.Width / 2, plot.Bottom + 2 * Gap + labelLines * text.LineHeight, 0, muted);
        }
        if (data.Kind == ChartKind.Line) LineSeriesPainter.Draw(canvas, data, g.Scale, plot, colors);
        else BarPainter.Draw(canvas, data, g.Scale, plot, colors, g.Horizontal);
    }
}
