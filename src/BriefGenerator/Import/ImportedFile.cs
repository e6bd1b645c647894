namespace BriefGenerator.Import;

/// <summary>A brief written by an import: where it went and what it holds.</summary>
public sealed record ImportedFile(string Path, string DisplayPath, ImportedBrief Brief, bool Overwrote);
