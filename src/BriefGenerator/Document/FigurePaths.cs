namespace BriefGenerator.Document;

/// <summary>The image paths the figures of a tree name, at any depth (callouts, lists, quotes), in order.</summary>
public static class FigurePaths
{
    /// <summary>Every figure's image path, each once.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<Block> blocks) => BlockWalk.All<Figure>(blocks)
        .Select(f => f.Content).OfType<ImageContent>().Select(c => c.Path).Distinct(StringComparer.Ordinal).ToList();
}
