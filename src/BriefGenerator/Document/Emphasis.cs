namespace BriefGenerator.Document;

/// <summary>Italic text (<c>*x*</c>).</summary>
public sealed record Emphasis(IReadOnlyList<Inline> Children) : Inline;
