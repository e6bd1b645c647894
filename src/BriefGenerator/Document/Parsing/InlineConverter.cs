using System.Text;
using BriefGenerator.Content;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace BriefGenerator.Document.Parsing;

/// <summary>Turns Markdig inlines into document-tree inlines: merges adjacent text, resolves <c>#id</c> links
/// into <see cref="CrossRef"/>s, keeps only allowed external links, and gives inline HTML its meaning or keeps it as text.</summary>
internal sealed class InlineConverter
{
    private readonly ISet<string> _ids;

    public InlineConverter(ISet<string> knownIds) => _ids = knownIds;

    /// <summary>Numbers note markers; without it, markers are dropped.</summary>
    public NoteNumbering? Notes { get; init; }

    /// <summary>Source-list entries that bare <c>[1]</c> citations refer to.</summary>
    public SourceCitations? Sources { get; init; }

    private readonly StringBuilder _pending = new();

    public IReadOnlyList<Inline> Convert(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is null) return result;
        // One run of plain text (most table cells): the text alone, without a list to grow. An empty run is dropped,
        // as merging below drops it.
        if (container.FirstChild is LiteralInline only && only.NextSibling is null)
            return only.Content.Length == 0 ? Array.Empty<Inline>() : new Inline[] { new Text(only.Content.ToString()) };
        foreach (var node in container) Append(node, result);
        return Merge(HtmlInlineFolder.Fold(result));
    }

    private void Append(MdInline node, List<Inline> into)
    {
        switch (node)
        {
            case LiteralInline lit: into.Add(new Text(lit.Content.ToString())); break;
            case HtmlEntityInline ent: into.Add(new Text(ent.Transcoded.ToString())); break;
            case CodeInline code: into.Add(new Code(code.Content)); break;
            case LineBreakInline br: into.Add(br.IsHard ? new LineBreak() : new Text(" ")); break;
            case EmphasisInline em when ExtendedInlines.Script(em, Convert) is { } script: into.AddRange(script); break;
            case MathInline math: into.Add(ExtendedInlines.Math(math)); break;
            case TaskList task: into.Add(ExtendedInlines.Task(task)); break;
            case EmphasisInline em:
                var kids = Convert(em);
                if (em.DelimiterCount >= 2) into.Add(new Strong(kids)); else into.Add(new Emphasis(kids));
                break;
            case AutolinkInline auto:
                var target = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                into.Add(LinkPolicy.IsAllowed(target) ? new Link(target, new Inline[] { new Text(auto.Url) }) : new Text(auto.Url));
                break;
            case FootnoteLink note: if (!note.IsBackLink && Notes is not null) into.Add(Notes.Reference(note.Footnote)); break;
            case LinkInline cited when Sources?.Citation(cited) is { } citation: into.Add(citation); break;
            case LinkInline link:
                var children = Convert(link);
                var url = link.Url ?? "";
                if (link.IsImage) into.AddRange(children);
                else if (url.StartsWith('#') && _ids.Contains(url[1..])) into.Add(new CrossRef(url[1..], children));
                else if (LinkPolicy.IsAllowed(url)) into.Add(new Link(url, children));
                else into.AddRange(children);
                break;
            case HtmlInline html: into.Add(HtmlTagMark.From(html)); break;
            case ContainerInline other: foreach (var child in other) Append(child, into); break;
        }
    }

    private List<Inline> Merge(List<Inline> items)
    {
        // Most containers (a table cell, a plain paragraph) have no two texts side by side and no empty text (merging
        // drops those): nothing to merge.
        var merge = false;
        for (var i = 0; i < items.Count && !merge; i++)
            merge = items[i] is Text t && (t.Value.Length == 0 || (i > 0 && items[i - 1] is Text));
        if (!merge) return items;
        var merged = new List<Inline>(items.Count);
        var pending = _pending.Clear();
        foreach (var item in items)
        {
            if (item is Text t) { pending.Append(t.Value); continue; }
            Flush();
            merged.Add(item);
        }
        Flush();
        return merged;

        void Flush()
        {
            if (pending.Length == 0) return;
            merged.Add(new Text(pending.ToString()));
            pending.Clear();
        }
    }
}
