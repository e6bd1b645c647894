namespace BriefGenerator.Import;

/// <summary>A paragraph: one line of prose in the raw article (after <see cref="LineJoiner"/> has joined the lines
/// of hard-wrapped text).</summary>
public sealed record ImportParagraph(string Text, int Line) : ImportBlock(Line);
