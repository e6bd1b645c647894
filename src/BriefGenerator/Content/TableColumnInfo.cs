using BriefGenerator.Document;

namespace BriefGenerator.Content;

/// <summary>A column of a comparison table as templates see it: its header text and alignment.</summary>
public sealed record TableColumnInfo(string Title, ColumnAlign Align);
