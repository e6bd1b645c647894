namespace BriefGenerator.Diff;

/// <summary>One front matter field as text; lists are joined with " · ".</summary>
public sealed record SnapshotField(string Name, string Value, int Line);
