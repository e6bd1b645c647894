using BriefGenerator.Diagnostics;
using BriefGenerator.Document;

namespace BriefGenerator.Charts;

/// <summary>Reads a table's cells (plain text) into <see cref="ChartData"/> for a <see cref="ChartSpec"/>, or says which
/// cell or attribute is wrong. The content loader runs it to report problems at the cell in <c>brief.md</c>; the document
/// parser runs it again on the table the template placed, for the renderers.</summary>
public static class ChartDataReader
{
    /// <summary>The chart, or the first problem found.</summary>
    /// <param name="headers">The columns' header text.</param>
    /// <param name="rows">The body rows' cell text, one per column.</param>
    public static (ChartData? Data, ChartProblem? Problem) Read(ChartSpec spec, IReadOnlyList<string> headers,
        IReadOnlyList<IReadOnlyList<string>> rows, string language)
    {
        if (headers.Count == 0) return Fail(DiagnosticCodes.ChartNoNumericColumn, "a chart needs a table with columns");
        var x = 0;
        if (spec.X is { } xName && (x = Find(headers, xName)) < 0) return Unknown("x", xName, headers);
        var ys = new List<int>();
        if (spec.Y is { } yText)
        {
            // The whole value names one column ("Budget (US$ million, 2024)"), else it is a comma-separated list.
            var whole = Find(headers, yText);
            var names = whole >= 0 ? new[] { yText } : yText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var name in names)
            {
                var c = Find(headers, name);
                if (c < 0) return Unknown("y", name, headers);
                if (!ys.Contains(c)) ys.Add(c);
            }
        }
        else
        {
            for (var c = 0; c < headers.Count; c++)
                if (c != x && IsNumeric(rows.Select(r => Cell(r, c)).ToList(), language)) ys.Add(c);
            if (ys.Count == 0)
                return Fail(DiagnosticCodes.ChartNoNumericColumn,
                    $"the table has no numeric column to chart (besides '{headers[x]}'); name the value columns with y=\"…\"");
        }
        if (rows.Count == 0) return Fail(DiagnosticCodes.ChartNoNumericColumn, "a chart needs a table with at least one body row");

        var series = new List<ChartSeries>();
        foreach (var c in ys)
        {
            var values = new List<double?>();
            for (var r = 0; r < rows.Count; r++)
            {
                var (ok, value) = ChartNumber.Read(Cell(rows[r], c), language);
                if (!ok)
                    return (null, new ChartProblem(DiagnosticCodes.ChartValueNotNumber,
                        $"'{Cell(rows[r], c)}' in column '{headers[c]}' (row {r + 1}) is not a number a chart can draw; write numbers as {Example(language)}, or leave the cell blank or '–'",
                        r, c));
                values.Add(value);
            }
            if (values.All(v => v is null))
                return Fail(DiagnosticCodes.ChartNoNumericColumn, $"column '{headers[c]}' has no numbers to chart");
            series.Add(new ChartSeries(headers[c], values, rows.Select(r => Cell(r, c)).ToList()));
        }
        var categories = rows.Select(r => Cell(r, x).Trim()).ToList();
        var xTitle = spec.XTitle ?? headers[x];
        var yTitle = spec.YTitle ?? (series.Count == 1 ? series[0].Name : "");
        var alt = spec.Alt ?? ChartAltText.For(spec.Kind, xTitle, categories, series);
        return (new ChartData(spec.Kind, xTitle, yTitle, categories, series, alt, language), null);
    }

    /// <summary>The index of the column called <paramref name="name"/> (case, spaces, quote marks and dashes aside), or -1.</summary>
    public static int Find(IReadOnlyList<string> headers, string name)
    {
        var wanted = Normal(name);
        for (var c = 0; c < headers.Count; c++)
            if (Normal(headers[c]) == wanted) return c;
        return -1;
    }

    private static string Normal(string text)
    {
        var s = string.Join(' ', text.Replace("--", "-").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new string(s.Select(ch => ch switch
        {
            '‘' or '’' or '‚' => '\'',
            '“' or '”' or '„' or '«' or '»' => '"',
            '–' or '—' or '−' => '-',
            '\u00A0' or '\u202F' => ' ',
            _ => ch,
        }).ToArray()).Replace("\" ", "\"").Replace(" \"", "\"").ToLowerInvariant();
    }

    // At least half of the filled cells are numbers in the brief's language (so a stray word in a column of numbers is
    // reported at its cell rather than hiding the column), and not all years or periods (a year column is a category).
    private static bool IsNumeric(IReadOnlyList<string> cells, string language)
    {
        var filled = cells.Where(c => ChartNumber.Read(c, language) is not (true, null)).ToList();
        var numbers = filled.Where(c => ChartNumber.Read(c, language).Value is not null).ToList();
        return numbers.Count > 0 && numbers.Count * 2 >= filled.Count && !numbers.All(NumericText.IsDate);
    }

    private static string Cell(IReadOnlyList<string> row, int c) => c < row.Count ? row[c] : "";

    private static string Example(string language) =>
        ChartNumber.DecimalComma(language) ? $"1 234,5 in {language}" : $"1,234.5 in {language}";

    private static (ChartData?, ChartProblem?) Unknown(string axis, string name, IReadOnlyList<string> headers) =>
        Fail(DiagnosticCodes.ChartColumnUnknown,
            $"chart {axis}=\"{name}\" names no column of the table; its columns are {string.Join(", ", headers.Select(h => $"'{h}'"))}");

    private static (ChartData?, ChartProblem?) Fail(string code, string message) => (null, new ChartProblem(code, message));
}
