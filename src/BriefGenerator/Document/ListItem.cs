namespace BriefGenerator.Document;

/// <summary>One item of a list: paragraphs and nested lists.</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);
