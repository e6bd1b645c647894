namespace BriefGenerator.Document;

/// <summary>The document tree: one immutable tree that every renderer reads and none changes.</summary>
public sealed record BriefDocument(DocumentInfo Info, IReadOnlyList<Block> Blocks);
