namespace BriefGenerator.Document;

/// <summary>What renderers need to know about the brief as a whole (metadata, not content).</summary>
/// <param name="Title">The full title (viewer title bar, core properties).</param>
/// <param name="ShortTitle">Used in the running header; the title when the brief gives none.</param>
/// <param name="Language">BCP 47 tag, e.g. <c>en-US</c>.</param>
/// <param name="Subject">Plain-text summary, for PDF subject / DOCX description.</param>
/// <param name="Timestamp">Creation and modification date written into files: from SOURCE_DATE_EPOCH or the brief's date, never the clock.</param>
/// <param name="ToolVersion">Written as creator <c>BriefGenerator {ToolVersion}</c>.</param>
public sealed record DocumentInfo(
    string Title,
    string? Subtitle,
    string ShortTitle,
    IReadOnlyList<string> Authors,
    string? Organization,
    string Language,
    DateOnly Date,
    string? Subject,
    IReadOnlyList<string> Keywords,
    DateTimeOffset Timestamp,
    string ToolVersion);
