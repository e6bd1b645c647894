namespace BriefGenerator.Document;

/// <summary>The image paths the figures of a tree name, at any depth (callouts, lists, quotes), in order.</summary>
public static class FigurePaths
{
    /// <summary>Every figure's image path, each once.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<Block> blocks) => Figures(blocks)
        .Select(f => f.Content).OfType<ImageContent>().Select(c => c.Path).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every figure of the tree, in order.</summary>
    public static IEnumerable<Figure> Figures(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var inner = block switch
            {
                Figure f => new[] { f },
                Callout c => Figures(c.Blocks),
                Quote q => Figures(q.Blocks),
                Cover c => Figures(c.Blocks),
                BulletList l => l.Items.SelectMany(i => Figures(i.Blocks)),
                NumberedList l => l.Items.SelectMany(i => Figures(i.Blocks)),
                DefinitionList d => d.Items.SelectMany(i => Figures(i.Definition)),
                _ => Enumerable.Empty<Figure>(),
            };
            foreach (var f in inner) yield return f;
        }
    }
}
