using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>One template's outputs and warnings, as cached.</summary>
public sealed record CachedOutcome(string Template, IReadOnlyList<OutputFile> Outputs, IReadOnlyList<Diagnostic> Diagnostics);
