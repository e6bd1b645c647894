using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A comparison table. <see cref="Number"/> counts tables from 1 in document order; renderers print the
/// caption as <c>Table {Number}: {Caption}</c>. <see cref="Id"/> is the cross-reference target (may be null).</summary>
public sealed record Table(
    string? Id,
    int Number,
    IReadOnlyList<Inline> Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    SourceSpan Span) : Block(Span)
{
    /// <summary>Header rows with their spans (grid tables with column groups); null for the one header row that
    /// <see cref="Columns"/> holds.</summary>
    public IReadOnlyList<TableRow>? HeaderRows { get; init; }

    /// <summary>The chart drawn from the table's data right after it (the caption's <c>chart=…</c>); null for none.</summary>
    public Charts.ChartData? Chart { get; init; }

    /// <summary>The header rows renderers draw: <see cref="HeaderRows"/>, or one row of the columns' headers.</summary>
    public IReadOnlyList<TableRow> Head => HeaderRows ?? new[] { new TableRow(Columns.Select(c => new TableCell(c.Header)).ToList()) };
}
