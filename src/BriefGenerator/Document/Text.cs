namespace BriefGenerator.Document;

/// <summary>Plain text, exactly as typed (Unicode preserved; whitespace already collapsed).</summary>
public sealed record Text(string Value) : Inline;
