using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>The result of building one brief with one template.</summary>
public sealed record BriefOutcome(
    string Slug,
    string Template,
    BriefStatus Status,
    TimeSpan Duration,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What changed in the brief since its previous build into the same folder; null when it was not built.</summary>
    public BuildChanges? Changes { get; init; }
}
