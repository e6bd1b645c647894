namespace BriefGenerator.Document;

/// <summary>A cell of a table. A cell may span columns to its right and rows below it (grid tables); the positions it
/// covers hold a cell with <see cref="Covered"/> set, so every row keeps one cell per column.</summary>
/// <param name="Content">The cell's text.</param>
/// <param name="ColumnSpan">Columns the cell spans, itself included.</param>
/// <param name="RowSpan">Rows the cell spans, itself included (never from the header into the body).</param>
/// <param name="Covered">True for a position covered by a spanning cell above or to the left; it has no content.</param>
public sealed record TableCell(IReadOnlyList<Inline> Content, int ColumnSpan = 1, int RowSpan = 1, bool Covered = false)
{
    /// <summary>A position covered by a spanning cell.</summary>
    public static TableCell CoveredPosition { get; } = new(Array.Empty<Inline>(), Covered: true);
}
