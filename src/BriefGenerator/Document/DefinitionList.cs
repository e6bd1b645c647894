using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A definition list: terms, each followed by its definitions (<c>Term</c> then <c>:   Definition</c>).</summary>
public sealed record DefinitionList(IReadOnlyList<DefinitionItem> Items, SourceSpan Span) : Block(Span);
