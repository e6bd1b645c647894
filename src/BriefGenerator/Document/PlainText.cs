namespace BriefGenerator.Document;

/// <summary>The text of inlines without their formatting: text and code through emphasis, links, cross-references and
/// super/subscripts; a line break as a space; notes and anything else as nothing. One definition for every reader
/// (bookmarks, alt texts, table of contents entries, width estimates, number detection).</summary>
public static class PlainText
{
    /// <summary>The plain text of <paramref name="inlines"/>.</summary>
    public static string Of(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
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
