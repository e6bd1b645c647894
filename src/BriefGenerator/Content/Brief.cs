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
    /// <summary>The figures of the body, numbered in order.</summary>
    public IReadOnlyList<BriefFigure> Figures { get; init; } = Array.Empty<BriefFigure>();

    /// <summary>The figures' images by path as written, each read, checked and decoded once for the whole build; null when
    /// the brief was loaded from text alone (no folder to read images from: a git revision, a test).</summary>
    public IReadOnlyDictionary<string, Images.LoadedImage>? Images { get; init; }

    /// <summary>The body's Markdig parse, handed to the change snapshot (see <see cref="Content.ParsedBody"/>).</summary>
    internal ParsedBody? ParsedBody { get; init; }

    /// <summary>The span of a front-matter key, or the top of the file.</summary>
    public SourceSpan SpanOf(string key) =>
        KeySpans.TryGetValue(key, out var span) ? span : new SourceSpan(SourcePath, 1, 1);
}
