using BriefGenerator.Diagnostics;

namespace BriefGenerator.Content;

/// <summary>One brief: <c>content/&lt;slug&gt;/brief.md</c> loaded into the content model that templates see.</summary>
/// <param name="KeySpans">Where each front-matter key stands, so later stages can point at it (an unknown template).</param>
public sealed record Brief(
    string Slug,
    string SourcePath,
    BriefMetadata Metadata,
    string Lede,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<ComparisonTable> Tables,
    IReadOnlyDictionary<string, SourceSpan> KeySpans)
{
    /// <summary>The span of a front-matter key, or the top of the file.</summary>
    public SourceSpan SpanOf(string key) =>
        KeySpans.TryGetValue(key, out var span) ? span : new SourceSpan(SourcePath, 1, 1);
}
