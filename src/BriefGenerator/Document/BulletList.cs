using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>An unordered list; items may hold nested lists.</summary>
public sealed record BulletList(IReadOnlyList<ListItem> Items, SourceSpan Span) : Block(Span);
