using Markdig.Syntax;

namespace BriefGenerator.Content;

/// <summary>Link definitions written one after another with no other block between them. <see cref="AfterBlock"/> is
/// the top-level block they follow (-1 for none); <see cref="Listed"/> is true when they make a list of sources.</summary>
public sealed record SourceRun(int AfterBlock, IReadOnlyList<LinkReferenceDefinition> Definitions, bool Listed);
