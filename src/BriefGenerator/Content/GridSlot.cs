using Markdig.Extensions.Tables;

namespace BriefGenerator.Content;

/// <summary>One position of a table's grid: the cell that starts there with its spans, or a position covered by a
/// spanning cell (<see cref="Cell"/> null and <see cref="Covered"/> set), or an empty position no row wrote.</summary>
public readonly record struct GridSlot(TableCell? Cell, int ColumnSpan, int RowSpan, bool Covered);
