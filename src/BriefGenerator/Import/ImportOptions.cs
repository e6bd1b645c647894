namespace BriefGenerator.Import;

/// <summary>What an import needs besides the raw text.</summary>
/// <param name="Date">The front matter <c>date</c> (the CLI passes today's date unless <c>--date</c> is given).</param>
/// <param name="Title">A title that overrides the one guessed from the text; null to guess.</param>
public sealed record ImportOptions(DateOnly Date, string? Title = null);
