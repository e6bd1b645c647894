using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>The result of building one brief with one template.</summary>
public sealed record BriefOutcome(
    string Slug,
    string Template,
    BriefStatus Status,
    TimeSpan Duration,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics);
