namespace BriefGenerator.Document;

/// <summary>The image paths the figures of a tree name, at any depth (callouts, lists, quotes), in order.</summary>
public static class FigurePaths
{
    /// <summary>Every figure's image path, each once.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<Block> blocks) => Figures(blocks)
        .Select(f => f.Content).OfType<ImageContent>().Select(c => c.Path).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every figure of the tree, in order.</summary>
    public static IEnumerable<Figure> Figures(IEnumerable<Block> blocks) => BlockWalk.All<Figure>(blocks);
}
