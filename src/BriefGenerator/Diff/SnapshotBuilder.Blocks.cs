using System.Text;
using BriefGenerator.Document;

namespace BriefGenerator.Diff;

public sealed partial class SnapshotBuilder
{
    /// <summary>Flattens one block into readable units: list items, quoted and boxed paragraphs each stand alone.</summary>
    private void Add(Block block, List<SnapshotBlock> into, string paragraphKind)
    {
        switch (block)
        {
            case Paragraph p:
                into.Add(new SnapshotBlock(p.StyleClass == "code" ? "code" : paragraphKind, Plain(p.Content), Line(p.Span)));
                break;
            case BulletList l: AddItems(l.Items, l.Span, into); break;
            case NumberedList l: AddItems(l.Items, l.Span, into); break;
            case Quote q: foreach (var b in q.Blocks) Add(b, into, "quote"); break;
            case Callout c: foreach (var b in c.Blocks) Add(b, into, paragraphKind); break;
            case Cover c: foreach (var b in c.Blocks) Add(b, into, paragraphKind); break;
            case Heading h: into.Add(new SnapshotBlock("paragraph", Plain(h.Content), Line(h.Span))); break;
            case Figure f: into.Add(new SnapshotBlock("paragraph", $"{FigureLabel.Of(f.Number)}: {Plain(f.Caption)}", Line(f.Span))); break;
            case SourceList s:
                foreach (var e in s.Entries)
                    into.Add(new SnapshotBlock("source", $"[{e.Label}] {e.Title} {e.Url}".Replace("  ", " "), Line(s.Span)));
                break;
            case Table t:
                var table = new SnapshotTable(t.Id, t.Number, Plain(t.Caption), t.Columns.Select(c => Plain(c.Header)).ToList(),
                    t.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Plain(c.Content)).ToList()).ToList());
                into.Add(new SnapshotBlock("table", table.Name, Line(t.Span), table));
                break;
        }
    }

    private void AddItems(IReadOnlyList<ListItem> items, Diagnostics.SourceSpan span, List<SnapshotBlock> into)
    {
        foreach (var item in items)
        {
            var text = new StringBuilder();
            var nested = new List<SnapshotBlock>();
            var line = 0;
            foreach (var b in item.Blocks)
            {
                if (b is Paragraph p)
                {
                    if (text.Length > 0) text.Append(' ');
                    text.Append(Plain(p.Content));
                    if (line == 0) line = Line(p.Span);
                }
                else Add(b, nested, "paragraph");
            }
            if (text.Length > 0) into.Add(new SnapshotBlock("item", text.ToString(), line == 0 ? Line(span) : line));
            into.AddRange(nested);
        }
    }

    /// <summary>The blocks' text, paragraphs separated by a blank line (notes).</summary>
    private string BlocksText(IReadOnlyList<Block> blocks)
    {
        var units = new List<SnapshotBlock>();
        foreach (var b in blocks) Add(b, units, "paragraph");
        return string.Join("\n\n", units.Select(u => u.Text));
    }

    /// <summary>The text a reader sees; note markers read as <c>[^label]</c> so renumbering is not a change; collects links.</summary>
    private string Plain(IEnumerable<Inline> inlines)
    {
        // A single run of text (most headings and cells) is its own text, with no builder.
        if (inlines is IReadOnlyList<Inline> { Count: 1 } one && one[0] is Text t) return t.Value.Trim();
        // One builder for the snapshot, emptied for each block (Plain is not called again while it appends).
        var sb = _plain;
        sb.Clear();
        Append(inlines, sb);
        int start = 0, end = sb.Length;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        while (end > start && char.IsWhiteSpace(sb[end - 1])) end--;
        return sb.ToString(start, end - start);
    }

    private void Append(IEnumerable<Inline> inlines, StringBuilder sb)
    {
        foreach (var inline in inlines)
            switch (inline)
            {
                case Text t: sb.Append(t.Value); break;
                case Code c: sb.Append(c.Value); break;
                case LineBreak: sb.Append(' '); break;
                case Strong s: Append(s.Children, sb); break;
                case Emphasis e: Append(e.Children, sb); break;
                case CrossRef x: Append(x.Children, sb); break;
                case NoteReference n: sb.Append("[^").Append(_noteLabels.GetValueOrDefault(n.Number, n.Marker)).Append(']'); break;
                case Link l:
                    var start = sb.Length;
                    Append(l.Children, sb);
                    if (!l.Url.StartsWith('#')) _links.Add(new SnapshotLink(sb.ToString(start, sb.Length - start).Trim(), l.Url));
                    break;
            }
    }
}
