namespace BriefGenerator.Document;

/// <summary>Lowered, smaller text (<c>~2~</c> or <c>&lt;sub&gt;2&lt;/sub&gt;</c>).</summary>
public sealed record Subscript(IReadOnlyList<Inline> Children) : Inline;
