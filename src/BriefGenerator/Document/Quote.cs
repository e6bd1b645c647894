using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A block quote.</summary>
public sealed record Quote(IReadOnlyList<Block> Blocks, SourceSpan Span) : Block(Span);
