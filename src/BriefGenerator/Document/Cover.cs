using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>The cover block (<c>::: cover</c>): usually a level-0 <see cref="Heading"/> (the title) and paragraphs
/// with style classes <c>subtitle</c>, <c>date</c>, <c>authors</c>, <c>organization</c>. Renderers set it as a title
/// page: the page after it starts fresh, and running headers and footers are dropped on its page.</summary>
public sealed record Cover(IReadOnlyList<Block> Blocks, SourceSpan Span) : Block(Span);
