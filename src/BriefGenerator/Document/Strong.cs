namespace BriefGenerator.Document;

/// <summary>Bold text (<c>**x**</c>).</summary>
public sealed record Strong(IReadOnlyList<Inline> Children) : Inline;
