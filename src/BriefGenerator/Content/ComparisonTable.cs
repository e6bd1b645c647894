using BriefGenerator.Diagnostics;

namespace BriefGenerator.Content;

/// <summary>A GFM pipe table of the brief with its caption. Cells hold their Markdown source text.
/// <see cref="Markup"/> is the table's own source (caption line included) so a template can place it anywhere.</summary>
public sealed record ComparisonTable(
    string? Id,
    int Number,
    string Caption,
    IReadOnlyList<TableColumnInfo> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string Markup,
    SourceSpan Span)
{
    /// <summary>The kind of chart drawn from the table (<c>bar</c>, <c>hbar</c>, <c>stacked</c>, <c>line</c>); null for none.</summary>
    public string? Chart { get; init; }
}
