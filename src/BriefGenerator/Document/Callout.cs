using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A shaded box (<c>::: callout Title</c>), e.g. the executive summary's key points.</summary>
public sealed record Callout(string? Title, IReadOnlyList<Block> Blocks, SourceSpan Span) : Block(Span);
