namespace BriefGenerator.Import;

/// <summary>The result of converting a raw article: the brief.md text and what was found in it.</summary>
/// <param name="Text">The whole brief.md: front matter and body.</param>
/// <param name="WrapWidth">The wrap width when the raw text was hard-wrapped and its lines were joined, else null.</param>
public sealed record ImportedBrief(string Text, string Title, string Language, int Sections, int Tables, int Lists, int? WrapWidth = null);
