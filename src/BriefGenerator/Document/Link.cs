namespace BriefGenerator.Document;

/// <summary>A link to an external target: http(s) or mailto only (others are refused by the parser).</summary>
public sealed record Link(string Url, IReadOnlyList<Inline> Children) : Inline;
