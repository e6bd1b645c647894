namespace BriefGenerator.Charts;

/// <summary>The alt text generated from a chart's data, read out as a screen reader would want it:
/// <c>Bar chart: Canal lining 210, Flood early warning 18</c>; with several series
/// <c>Grouped bar chart by Programme (2024; 2025): Canal lining 210; 250. Flood early warning 18; 20</c>.</summary>
public static class ChartAltText
{
    /// <summary>Most categories named; the rest are counted ("and 12 more").</summary>
    public const int MaxCategories = 40;

    /// <summary>The alt text for a chart of <paramref name="kind"/>.</summary>
    public static string For(ChartKind kind, string xTitle, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var name = Name(kind, series.Count);
        var shown = Math.Min(categories.Count, MaxCategories);
        string Value(ChartSeries s, int i) => s.Cells[i].Trim() is { Length: > 0 } t ? t : "no value";
        string text;
        if (series.Count == 1)
            text = $"{name} of {series[0].Name} by {xTitle}: " +
                   string.Join(", ", Enumerable.Range(0, shown).Select(i => $"{categories[i]} {Value(series[0], i)}"));
        else
            text = $"{name} of {string.Join("; ", series.Select(s => s.Name))} by {xTitle}: " +
                   string.Join(". ", Enumerable.Range(0, shown).Select(i => $"{categories[i]} {string.Join("; ", series.Select(s => Value(s, i)))}"));
        return categories.Count > shown ? $"{text}, and {categories.Count - shown} more" : text;
    }

    private static string Name(ChartKind kind, int series) => (kind, series > 1) switch
    {
        (ChartKind.Bar, false) => "Bar chart",
        (ChartKind.Bar, true) => "Grouped bar chart",
        (ChartKind.HorizontalBar, false) => "Horizontal bar chart",
        (ChartKind.HorizontalBar, true) => "Grouped horizontal bar chart",
        (ChartKind.Stacked, _) => "Stacked bar chart",
        _ => "Line chart",
    };
}
