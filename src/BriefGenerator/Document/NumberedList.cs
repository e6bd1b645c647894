using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>An ordered list starting at <see cref="Start"/>; items may hold nested lists.</summary>
public sealed record NumberedList(int Start, IReadOnlyList<ListItem> Items, SourceSpan Span) : Block(Span);
