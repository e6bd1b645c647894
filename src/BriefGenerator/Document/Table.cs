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
    SourceSpan Span) : Block(Span);
