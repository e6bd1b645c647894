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

    /// <summary>Bugs caught while building a brief (each also a BG089 diagnostic on its brief); --verbose prints them.</summary>
    public IReadOnlyList<Exception> Exceptions { get; init; } = Array.Empty<Exception>();

    /// <summary>How many worker processes built the briefs (<see cref="WorkerLaunch"/>); 0 when this process did.</summary>
    public int WorkerProcesses { get; init; }

    /// <summary>True when a bug stopped a brief (exit 3).</summary>
    public bool HasInternalErrors => Exceptions.Count > 0;

    /// <summary>True when any warning was reported.</summary>
    public bool HasWarnings => AllDiagnostics.Any(d => d.Severity == Severity.Warning);
}
