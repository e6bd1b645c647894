using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A block of the document tree. Every block keeps the span of the markup it came from.</summary>
public abstract record Block(SourceSpan Span);
