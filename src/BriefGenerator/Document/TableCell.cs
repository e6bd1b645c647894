namespace BriefGenerator.Document;

/// <summary>A body cell of a table.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Content);
