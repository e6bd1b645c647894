namespace BriefGenerator.Document;

/// <summary>The text of inlines without their formatting: text and code through emphasis, links, cross-references and
/// super/subscripts; a line break as a space; notes and anything else as nothing. One definition for every reader
/// (bookmarks, alt texts, table of contents entries, width estimates, number detection).</summary>
public static class PlainText
{
    /// <summary>The plain text of <paramref name="inlines"/>.</summary>
    public static string Of(IEnumerable<Inline> inlines) => inlines switch
    {
        // One run of text (most table cells): its own string, not a copy.
        IReadOnlyList<Inline> { Count: 1 } one when one[0] is Text t => t.Value,
        IReadOnlyList<Inline> { Count: 0 } => "",
        _ => Concat(inlines),
    };

    private static string Concat(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text t => t.Value,
        Code c => c.Value,
        Strong s => Of(s.Children),
        Emphasis e => Of(e.Children),
        Link l => Of(l.Children),
        CrossRef x => Of(x.Children),
        Superscript p => Of(p.Children),
        Subscript b => Of(b.Children),
        LineBreak => " ",
        _ => "",
    }));
}
