using BriefGenerator.Diagnostics;

namespace BriefGenerator.Content;

/// <summary>A figure of the brief: <c>![Caption](path){#id alt="…" width=…}</c> alone in its paragraph. Numbered from 1
/// in the order of the body; <see cref="Markup"/> is its own source so a template can place it anywhere.</summary>
public sealed record BriefFigure(
    string? Id,
    int Number,
    string Caption,
    string? Alt,
    string Path,
    string Markup,
    SourceSpan Span);
