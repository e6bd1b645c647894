using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A paragraph. <see cref="StyleClass"/> comes from a <c>{.class}</c> attribute
/// (e.g. <c>subtitle</c>, <c>date</c>, <c>authors</c>, <c>organization</c> on the cover, <c>lede</c>); null for body text.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Content, string? StyleClass, SourceSpan Span) : Block(Span);
