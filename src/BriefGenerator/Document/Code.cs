namespace BriefGenerator.Document;

/// <summary>Inline code, set in the monospace font.</summary>
public sealed record Code(string Value) : Inline;
