using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>The legend over a chart of several series: a colour swatch and the series name for each, in rows.</summary>
internal static class ChartLegend
{
    private const double Swatch = 8, SwatchGap = 4, ItemGap = 14;

    /// <summary>Height of the legend for <paramref name="names"/> in <paramref name="width"/>.</summary>
    public static double Height(ChartText text, IReadOnlyList<string> names, double width) =>
        Rows(text, names, width).Count * text.LineHeight;

    /// <summary>Draws the legend with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Draw(IPdfCanvas canvas, ChartText text, IReadOnlyList<string> names, IReadOnlyList<string> colors,
        double x, double y, double width, string textColor)
    {
        foreach (var row in Rows(text, names, width))
        {
            foreach (var (index, left) in row)
            {
                canvas.FillRect(x + left, y + (text.LineHeight - Swatch) / 2, Swatch, Swatch, colors[index]);
                text.Draw(canvas, names[index], x + left + Swatch + SwatchGap, y + (text.LineHeight - text.Size) / 2 - 0.5, -1, textColor);
            }
            y += text.LineHeight;
        }
    }

    // Items flow left to right and wrap; each row lists (series index, left offset).
    private static List<List<(int Index, double Left)>> Rows(ChartText text, IReadOnlyList<string> names, double width)
    {
        var rows = new List<List<(int, double)>> { new() };
        double x = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var w = Swatch + SwatchGap + text.Width(names[i]);
            if (x > 0 && x + w > width) { rows.Add(new()); x = 0; }
            rows[^1].Add((i, x));
            x += w + ItemGap;
        }
        return rows;
    }
}
