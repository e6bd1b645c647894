namespace BriefGenerator.Import;

/// <summary>A bullet list, or a numbered list starting at <paramref name="Start"/>; items are Markdown text.</summary>
public sealed record ImportList(bool Numbered, int Start, IReadOnlyList<string> Items, int Line) : ImportBlock(Line);
