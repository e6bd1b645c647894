using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A numbered list of sources: the link definitions (<c>[1]: https://… "Title"</c>) written under a
/// <c>## Sources</c> or <c>## References</c> heading (or making up a whole section), each with its URL.</summary>
public sealed record SourceList(IReadOnlyList<SourceEntry> Entries, SourceSpan Span) : Block(Span);
