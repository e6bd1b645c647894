using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace BriefGenerator.Content;

/// <summary>Finds the link definitions (<c>[1]: https://… "Title"</c>) of a parsed body and says which of them make a
/// list of sources: a run of definitions under a heading called Sources, References, Bibliography (and the like, in a
/// few languages), or a run that is all a section holds. Other definitions only serve reference-style links, as in
/// Markdown. Both the content checks and the document parser ask this, so they agree.</summary>
public static class SourceSections
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "sources", "source", "references", "reference list", "bibliography", "works cited", "further reading", "links",
        "literature", "источники", "литература", "список литературы", "quellen", "literatur", "références",
        "sources et références", "bibliographie", "fuentes", "referencias", "bibliografía",
    };

    /// <summary>The top-level blocks of <paramref name="doc"/> that stand in the text (not Markdig's groups of
    /// definitions and footnotes), in order.</summary>
    public static List<Block> TopBlocks(MarkdownDocument doc) =>
        doc.Where(b => b is not LinkReferenceDefinitionGroup and not FootnoteGroup).ToList();

    /// <summary>The runs of link definitions (footnote definitions excluded), in source order.</summary>
    public static List<SourceRun> Runs(MarkdownDocument doc, string markdown)
    {
        var top = TopBlocks(doc);
        var defs = doc.Descendants<LinkReferenceDefinition>()
            .Where(d => d is not FootnoteLinkReferenceDefinition)
            .OrderBy(d => d.Span.Start).ToList();
        var runs = new List<SourceRun>();
        var current = new List<LinkReferenceDefinition>();
        var currentAfter = int.MinValue;
        foreach (var def in defs)
        {
            var (after, inside) = Position(top, def.Span.Start);
            var key = inside ? -1000 - after : after; // definitions inside a container never list
            if (key != currentAfter && current.Count > 0) { runs.Add(Make(currentAfter, current, top, markdown)); current = new(); }
            currentAfter = key;
            current.Add(def);
        }
        if (current.Count > 0) runs.Add(Make(currentAfter, current, top, markdown));
        return runs;
    }

    private static SourceRun Make(int after, List<LinkReferenceDefinition> defs, List<Block> top, string markdown)
    {
        if (after < 0) return new SourceRun(-1, defs, false);
        var heading = -1;
        for (var i = after; i >= 0; i--) if (top[i] is HeadingBlock) { heading = i; break; }
        if (heading < 0) return new SourceRun(after, defs, false);
        var h = (HeadingBlock)top[heading];
        var source = h.Inline is null ? "" : MarkdownSyntax.SourceOf(markdown, h.Inline);
        var title = InlineText.Plain(BlockAttributes.Split(source.Trim()).Text).TrimEnd(':').Trim();
        var wholeSection = after == heading && (after + 1 >= top.Count || top[after + 1] is HeadingBlock);
        return new SourceRun(after, defs, Titles.Contains(title) || wholeSection);
    }

    // The index of the last top-level block that starts before the offset, and whether the offset lies inside it.
    private static (int After, bool Inside) Position(List<Block> top, int offset)
    {
        var after = -1;
        for (var i = 0; i < top.Count && top[i].Span.Start <= offset; i++) after = i;
        return (after, after >= 0 && top[after] is ContainerBlock && top[after].Span.End >= offset);
    }
}
