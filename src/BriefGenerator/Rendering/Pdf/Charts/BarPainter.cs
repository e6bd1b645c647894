using BriefGenerator.Charts;
using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>Draws bars from zero: side by side in each category (grouped) or on top of each other (stacked, positive
/// values up from zero and negative ones down), vertical or horizontal. A blank cell draws no bar.</summary>
internal static class BarPainter
{
    public static void Draw(IPdfCanvas canvas, ChartData data, AxisScale scale, LayoutBox plot, IReadOnlyList<string> colors, bool horizontal)
    {
        var n = Math.Max(1, data.Categories.Count);
        var band = (horizontal ? plot.Height : plot.Width) / n;
        var stacked = data.Kind == ChartKind.Stacked;
        var group = band * (stacked ? 0.6 : 0.75);
        var bar = stacked ? group : group / data.Series.Count;
        // Value → position along the value axis (y downwards for vertical bars, x rightwards for horizontal ones).
        double At(double v) => horizontal
            ? plot.X + scale.Fraction(v) * plot.Width
            : plot.Bottom - scale.Fraction(v) * plot.Height;
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var start = c * band + (band - group) / 2;
            double up = 0, down = 0;
            for (var s = 0; s < data.Series.Count; s++)
            {
                if (data.Series[s].Values[c] is not { } v) continue;
                double from = 0, to = v;
                if (stacked)
                {
                    from = v >= 0 ? up : down;
                    to = from + v;
                    if (v >= 0) up = to; else down = to;
                }
                var offset = start + (stacked ? 0 : s * bar);
                var (a, b) = (At(from), At(to));
                var thick = Math.Max(0.5, bar - (stacked || data.Series.Count == 1 ? 0 : 1));
                if (horizontal) canvas.FillRect(Math.Min(a, b), plot.Y + offset, Math.Abs(b - a), thick, colors[s]);
                else canvas.FillRect(plot.X + offset, Math.Min(a, b), thick, Math.Abs(b - a), colors[s]);
            }
        }
    }
}
