namespace BriefGenerator.Import;

/// <summary>A section heading. Levels 1 and 2 are written as <c>##</c> (a section), 3 as <c>###</c>.</summary>
public sealed record ImportHeading(string Text, int Level, int Line) : ImportBlock(Line);
