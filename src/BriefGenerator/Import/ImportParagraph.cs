namespace BriefGenerator.Import;

/// <summary>A paragraph: one line of prose in the raw article.</summary>
public sealed record ImportParagraph(string Text, int Line) : ImportBlock(Line);
