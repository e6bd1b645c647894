using BriefGenerator.Charts;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Content;

/// <summary>Checks the chart a table caption asks for against the table's cells while the brief is loaded, so bad data
/// is an error at the cell in <c>brief.md</c> (at the caption when the attributes are wrong) before anything is built.</summary>
internal static class TableChartCheck
{
    /// <summary>Reports the chart's first problem; returns the chart kind's name (<c>bar</c>, …) when it is good, else null.</summary>
    /// <param name="cellAt">Where a body cell is, by row and column (null past the cells written); null when unknown (grid tables).</param>
    public static string? Check(TableCaption? caption, SourceSpan captionSpan, IReadOnlyList<TableColumnInfo> columns,
        IReadOnlyList<IReadOnlyList<string>> rows, Func<int, int, SourceSpan?>? cellAt, string language,
        DiagnosticBag diagnostics)
    {
        if (caption is null) return null;
        var (spec, problem) = ChartSpec.From(caption.Attributes);
        if (spec is not null)
        {
            var plainRows = rows.Select(r => (IReadOnlyList<string>)r.Select(InlineText.Plain).ToList()).ToList();
            (_, problem) = ChartDataReader.Read(spec, columns.Select(c => InlineText.Plain(c.Title)).ToList(), plainRows, language);
        }
        if (problem is null) return spec is null ? null : ChartSpec.Names.First(n => n.Value == spec.Kind).Key;
        var at = problem.InCell && cellAt?.Invoke(problem.Row, problem.Column) is { } cell ? cell : captionSpan;
        diagnostics.Error(problem.Code, problem.Message, at);
        return null;
    }
}
