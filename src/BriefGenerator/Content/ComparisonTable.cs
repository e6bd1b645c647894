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
    SourceSpan Span);
