using BriefGenerator.Diagnostics;

namespace BriefGenerator.Content;

/// <summary>A <c>##</c> section of the brief. <see cref="Body"/> is its Markdown (subsections, lists and tables
/// with their captions included), without the heading line.</summary>
public sealed record Section(
    string Id,
    string Title,
    int Level,
    string Body,
    IReadOnlyList<ComparisonTable> Tables,
    SourceSpan Span);
