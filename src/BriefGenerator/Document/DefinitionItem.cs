namespace BriefGenerator.Document;

/// <summary>One entry of a <see cref="DefinitionList"/>: one or more terms and the blocks that define them.</summary>
public sealed record DefinitionItem(IReadOnlyList<IReadOnlyList<Inline>> Terms, IReadOnlyList<Block> Definition);
