namespace BriefGenerator.Document;

/// <summary>A table column: its header cell and alignment.</summary>
public sealed record TableColumn(IReadOnlyList<Inline> Header, ColumnAlign Align);
