namespace BriefGenerator.Diff;

/// <summary>A note (<c>[^label]: text</c>) as plain text, its paragraphs joined by a blank line.</summary>
public sealed record SnapshotNote(string Label, int Number, string Text, int Line);
