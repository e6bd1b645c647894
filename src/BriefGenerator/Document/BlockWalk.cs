namespace BriefGenerator.Document;

/// <summary>Walks a tree of blocks in reading order, into callouts, quotes, the cover, list items and definitions.</summary>
public static class BlockWalk
{
    /// <summary>Every block of type <typeparamref name="T"/> in <paramref name="blocks"/>, at any depth, in order.</summary>
    public static IEnumerable<T> All<T>(IEnumerable<Block> blocks) where T : Block
    {
        foreach (var block in blocks)
        {
            if (block is T found) { yield return found; continue; }
            var inner = block switch
            {
                Callout c => c.Blocks,
                Quote q => q.Blocks,
                Cover c => c.Blocks,
                BulletList l => l.Items.SelectMany(i => i.Blocks),
                NumberedList l => l.Items.SelectMany(i => i.Blocks),
                DefinitionList d => d.Items.SelectMany(i => i.Definition),
                _ => Enumerable.Empty<Block>(),
            };
            foreach (var t in All<T>(inner)) yield return t;
        }
    }
}
