using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A heading. Level 0 is the document title (<c>#</c> in markup), 1 a section (<c>##</c>),
/// 2 a subsection (<c>###</c>), 3 (<c>####</c>). <see cref="Id"/> is unique in the document.</summary>
public sealed record Heading(int Level, string Id, IReadOnlyList<Inline> Content, SourceSpan Span) : Block(Span);
