using BriefGenerator.Charts;
using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>Draws each series as a line through the middle of its categories, with a square marker at each value; a
/// blank cell breaks the line.</summary>
internal static class LineSeriesPainter
{
    private const double Marker = 3.5;

    public static void Draw(IPdfCanvas canvas, ChartData data, AxisScale scale, LayoutBox plot, IReadOnlyList<string> colors)
    {
        var band = plot.Width / Math.Max(1, data.Categories.Count);
        for (var s = 0; s < data.Series.Count; s++)
        {
            var run = new List<(double X, double Y)>();
            void Flush()
            {
                if (run.Count > 1) canvas.DrawPolyline(run.ToList(), 1.5, colors[s]);
                run.Clear();
            }
            for (var c = 0; c < data.Categories.Count; c++)
            {
                if (data.Series[s].Values[c] is not { } v) { Flush(); continue; }
                run.Add((plot.X + (c + 0.5) * band, plot.Bottom - scale.Fraction(v) * plot.Height));
            }
            Flush();
            for (var c = 0; c < data.Categories.Count; c++)
                if (data.Series[s].Values[c] is { } v)
                    canvas.FillRect(plot.X + (c + 0.5) * band - Marker / 2, plot.Bottom - scale.Fraction(v) * plot.Height - Marker / 2, Marker, Marker, colors[s]);
        }
    }
}
