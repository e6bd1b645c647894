using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;

namespace BriefGenerator.Content;

/// <summary>Finds the <c>Table: …</c> caption paragraph right before or right after a Markdig table.
/// Shared by the content loader and the document parser so both agree on which paragraph is a caption.</summary>
public static class CaptionFinder
{
    /// <summary>The caption of <paramref name="table"/> and its paragraph, or (null, null).</summary>
    public static (TableCaption? Caption, ParagraphBlock? Paragraph) Find(string markdown, MdTable table)
    {
        foreach (var step in new[] { -1, +1 })
            if (Sibling(table, step) is ParagraphBlock p && AsCaption(markdown, p) is { } cap)
                return (cap, p);
        return (null, null);
    }

    /// <summary>The paragraph read as a caption, or null when it is not one.</summary>
    public static TableCaption? AsCaption(string markdown, ParagraphBlock p) =>
        StartsAsCaption(markdown, p) ? TableCaption.TryParse(MarkdownSyntax.SourceOf(markdown, p)) : null;

    /// <summary>True when the paragraph is a caption standing beside a table.</summary>
    public static bool IsTableCaption(string markdown, ParagraphBlock p) =>
        AsCaption(markdown, p) is not null && (Sibling(p, -1) is MdTable || Sibling(p, +1) is MdTable);

    // TableCaption.TryParse's first test, read in place: most paragraphs are not captions, and their source text is
    // then not copied out of the document (as MarkdownSyntax.SourceOf does) only to be looked at and dropped.
    private static bool StartsAsCaption(string markdown, ParagraphBlock p) =>
        MarkdownSyntax.SourceSpanOf(markdown, p).TrimStart().StartsWith("Table:", StringComparison.Ordinal);

    private static Markdig.Syntax.Block? Sibling(Markdig.Syntax.Block block, int step)
    {
        if (block.Parent is not ContainerBlock parent) return null;
        var i = parent.IndexOf(block) + step;
        return i >= 0 && i < parent.Count ? parent[i] : null;
    }
}
