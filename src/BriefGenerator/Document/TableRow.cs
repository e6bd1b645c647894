namespace BriefGenerator.Document;

/// <summary>A body row. It always has exactly as many cells as the table has columns (the parser pads or trims).</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
