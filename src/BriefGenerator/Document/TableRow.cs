namespace BriefGenerator.Document;

/// <summary>A row of a table. It always has exactly as many cells as the table has columns (the parser pads or trims;
/// positions covered by a spanning cell hold a covered cell).</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
