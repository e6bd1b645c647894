using BriefGenerator.Document;
using BriefGenerator.Theming;
using DocText = BriefGenerator.Document.Text;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Turns the inline tree of a block into a flat list of styled runs.</summary>
internal static class InlineFlattener
{
    /// <summary>Flattens <paramref name="inlines"/> starting from <paramref name="style"/>.</summary>
    public static List<StyledRun> Flatten(IEnumerable<Inline> inlines, RunStyle style, Theme theme)
    {
        var runs = new List<StyledRun>();
        Walk(inlines, style, theme, runs);
        return runs;
    }

    /// <summary>The plain text of inlines (for bookmarks and alt texts).</summary>
    public static string PlainText(IEnumerable<Inline> inlines) => Document.PlainText.Of(inlines);

    private static void Walk(IEnumerable<Inline> inlines, RunStyle style, Theme theme, List<StyledRun> runs)
    {
        // Read by index where it can be (a table cell's content: no enumerator per cell).
        if (inlines is IReadOnlyList<Inline> list)
            for (var i = 0; i < list.Count; i++) Add(list[i], style, theme, runs);
        else
            foreach (var inline in inlines) Add(inline, style, theme, runs);
    }

    private static void Add(Inline inline, RunStyle style, Theme theme, List<StyledRun> runs)
    {
        switch (inline)
        {
            case DocText t: runs.Add(new StyledRun(t.Value, style)); break;
            case LineBreak: runs.Add(new StyledRun("\n", style)); break;
            case Code c:
                runs.Add(new StyledRun(c.Value, style with { Family = theme.Fonts.Mono, Size = style.Size * 0.92 }));
                break;
            case Strong s: Walk(s.Children, style with { Style = style.Style | FontStyle.Bold }, theme, runs); break;
            case Emphasis e: Walk(e.Children, style with { Style = style.Style | FontStyle.Italic }, theme, runs); break;
            case Link l: Walk(l.Children, style with { Url = l.Url, Color = theme.Colors.Link }, theme, runs); break;
            case CrossRef x: Walk(x.Children, style with { TargetId = x.TargetId, Color = theme.Colors.Link }, theme, runs); break;
            case Superscript or Subscript: Walk(ScriptStyle.Children(inline), ScriptStyle.For(inline, style), theme, runs); break;
            case NoteReference n: runs.Add(NoteMarker.Run(n, style)); break;
        }
    }
}
