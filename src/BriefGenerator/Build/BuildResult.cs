using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>The result of a whole build: one outcome per brief and template, plus diagnostics not tied to a brief.</summary>
public sealed record BuildResult(
    DateTimeOffset Started,
    TimeSpan Duration,
    IReadOnlyList<BriefOutcome> Briefs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every diagnostic, build-wide first, then per brief in slug order.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => Diagnostics.Concat(Briefs.SelectMany(b => b.Diagnostics)).Distinct();

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors => AllDiagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True when any warning was reported.</summary>
    public bool HasWarnings => AllDiagnostics.Any(d => d.Severity == Severity.Warning);
}
