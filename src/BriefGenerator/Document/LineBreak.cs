namespace BriefGenerator.Document;

/// <summary>A hard line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
