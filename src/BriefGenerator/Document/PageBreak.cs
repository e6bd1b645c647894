using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>An explicit page break (<c>\newpage</c> alone on a line in markup).</summary>
public sealed record PageBreak(SourceSpan Span) : Block(Span);
