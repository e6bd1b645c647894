namespace BriefGenerator.Build;

/// <summary>Where a brief lives: its slug, the path to its brief.md, and how diagnostics name it.</summary>
public sealed record BriefLocation(string Slug, string BriefPath, string DisplayPath);
