using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A numbered figure: its content (an image today; a chart can be another <see cref="FigureContent"/>), the
/// caption renderers print as <c>Figure {Number}: {Caption}</c> (<see cref="FigureLabel"/>), the alt text assistive
/// technology reads, and its width. <see cref="Id"/> is the cross-reference target (may be null). A figure is kept
/// with its caption and never split.</summary>
public sealed record Figure(
    string? Id,
    int Number,
    IReadOnlyList<Inline> Caption,
    FigureContent Content,
    string Alt,
    FigureWidth Width,
    SourceSpan Span) : Block(Span);
