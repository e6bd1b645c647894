namespace BriefGenerator.Diff;

/// <summary>A run of words kept, inserted or deleted (words joined by single spaces).</summary>
public sealed record WordOp(WordOpKind Kind, string Text);
