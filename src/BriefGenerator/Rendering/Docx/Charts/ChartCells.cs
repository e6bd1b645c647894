using System.Globalization;

namespace BriefGenerator.Rendering.Docx.Charts;

/// <summary>Where the chart's data sits in its embedded workbook (Sheet1): the x column in A, one series a column from
/// B, the header in row 1 and one category a row from row 2. The chart part's formulas and the workbook agree on it.</summary>
internal static class ChartCells
{
    /// <summary>The worksheet's name.</summary>
    public const string Sheet = "Sheet1";

    /// <summary>The column letter of column <paramref name="index"/> (0 = A).</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    /// <summary>A cell reference such as <c>B2</c>.</summary>
    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>An absolute range formula such as <c>Sheet1!$B$2:$B$5</c>.</summary>
    public static string Range(int column, int firstRow, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sheet}!${Column(column)}${firstRow}:${Column(column)}${lastRow}");

    /// <summary>A number as the cache and the workbook write it (invariant, round-trip).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
