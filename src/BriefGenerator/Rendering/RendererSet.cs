namespace BriefGenerator.Rendering;

/// <summary>The renderers a build runs, one per output format.</summary>
public static class RendererSet
{
    /// <summary>Every renderer, in output order.</summary>
    public static IReadOnlyList<IDocumentRenderer> All { get; } = Array.Empty<IDocumentRenderer>();
}
