namespace BriefGenerator.Document;

/// <summary>A link to a heading or table of the same brief (<c>[text](#id)</c>); the id is known to exist.</summary>
public sealed record CrossRef(string TargetId, IReadOnlyList<Inline> Children) : Inline;
