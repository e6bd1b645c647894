namespace BriefGenerator.Import;

/// <summary>One <c>brief import</c> run: which raw file, into which content folder and slug.</summary>
/// <param name="SourcePath">The raw article.</param>
/// <param name="ContentFolder">The folder holding <c>&lt;slug&gt;/brief.md</c>; it must exist.</param>
/// <param name="Slug">The new brief's folder name (<c>[a-z0-9][a-z0-9-]*</c>).</param>
/// <param name="Force">Overwrite an existing brief.md.</param>
public sealed record ImportRequest(string SourcePath, string ContentFolder, string Slug, ImportOptions Options, bool Force = false);
