namespace BriefGenerator.Document;

/// <summary>Raised, smaller text (<c>^2^</c> or <c>&lt;sup&gt;2&lt;/sup&gt;</c>).</summary>
public sealed record Superscript(IReadOnlyList<Inline> Children) : Inline;
