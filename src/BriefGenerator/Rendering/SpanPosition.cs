namespace BriefGenerator.Rendering;

/// <summary>One position of a table: its <see cref="Role"/> and the cell that owns it (the row and column where that
/// cell starts, and its spans).</summary>
public readonly record struct SpanPosition(SpanRole Role, int Row, int Column, int ColumnSpan, int RowSpan);
