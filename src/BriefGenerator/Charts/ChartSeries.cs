namespace BriefGenerator.Charts;

/// <summary>One series of a chart: a y column of the table.</summary>
/// <param name="Name">The column's header text (the legend entry).</param>
/// <param name="Values">One value per category; null where the cell is blank or a placeholder (<c>–</c>, <c>n/a</c>).</param>
/// <param name="Cells">The cells' text as written in the table (the alt text quotes them).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<string> Cells);
