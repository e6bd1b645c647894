using System.Text;
using BriefGenerator.Document;

namespace BriefGenerator.Redline;

/// <summary>A block's content as one string for comparison: the text with markers for formatting, links, notes and
/// nesting, so two blocks compare equal only when they would be written the same.</summary>
internal static class BlockText
{
    /// <summary>The comparison text of a block.</summary>
    public static string Of(Block block)
    {
        var sb = new StringBuilder();
        Append(sb, block);
        return sb.ToString();
    }

    /// <summary>The comparison text of running text; for plain text, the text itself.</summary>
    public static string Of(IReadOnlyList<Inline> inlines)
    {
        var sb = new StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    /// <summary>True when the running text is plain text only (no formatting, links, notes or breaks).</summary>
    public static bool IsPlain(IReadOnlyList<Inline> inlines) => inlines.All(i => i is Text);

    private static void Append(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case Paragraph p: sb.Append('{').Append(p.StyleClass).Append('}'); Append(sb, p.Content); break;
            case Heading h: sb.Append('#').Append(h.Id).Append(' '); Append(sb, h.Content); break;
            case BulletList l: Items(sb, l.Items); break;
            case NumberedList l: sb.Append(l.Start); Items(sb, l.Items); break;
            case Table t:
                sb.Append(t.Id).Append('|'); Append(sb, t.Caption);
                foreach (var row in t.Head.Concat(t.Rows))
                {
                    sb.Append("\n|");
                    foreach (var cell in row.Cells) { sb.Append(cell.ColumnSpan).Append(',').Append(cell.RowSpan).Append(cell.Covered ? "c" : "").Append(':'); Append(sb, cell.Content); sb.Append('|'); }
                }
                break;
            case Callout c: sb.Append("[!").Append(c.Title).Append(']'); Blocks(sb, c.Blocks); break;
            case Quote q: sb.Append('>'); Blocks(sb, q.Blocks); break;
            case Cover c: Blocks(sb, c.Blocks); break;
            case DefinitionList d:
                foreach (var item in d.Items)
                {
                    foreach (var term in item.Terms) { sb.Append("\n:"); Append(sb, term); }
                    Blocks(sb, item.Definition);
                }
                break;
            case SourceList s: foreach (var e in s.Entries) sb.Append('\n').Append(e); break;
            case Figure f: sb.Append(f.Id).Append('|').Append(f.Content).Append('|').Append(f.Alt).Append('|').Append(f.Width).Append('|'); Append(sb, f.Caption); break;
            default: sb.Append(block.GetType().Name); break;
        }
    }

    private static void Blocks(StringBuilder sb, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) { sb.Append("\n\u0003").Append(block.GetType().Name).Append(' '); Append(sb, block); }
    }

    private static void Items(StringBuilder sb, IEnumerable<ListItem> items)
    {
        foreach (var item in items) { sb.Append("\n-"); Blocks(sb, item.Blocks); }
    }

    private static void Append(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: sb.Append(t.Value); break;
                case Code c: sb.Append("\u0004`").Append(c.Value).Append('`'); break;
                case Strong s: Wrap(sb, "**", s.Children); break;
                case Emphasis e: Wrap(sb, "_", e.Children); break;
                case Superscript s: Wrap(sb, "^", s.Children); break;
                case Subscript s: Wrap(sb, "~", s.Children); break;
                case Link l: Wrap(sb, "<" + l.Url + ">", l.Children); break;
                case CrossRef x: Wrap(sb, "@" + x.TargetId, x.Children); break;
                case LineBreak: sb.Append("\u0004br"); break;
                case NoteReference n: sb.Append("\u0004[^").Append(n.Number).Append(']'); break;
                default: sb.Append('\u0004').Append(inline.GetType().Name); break;
            }
        }
    }

    private static void Wrap(StringBuilder sb, string marker, IEnumerable<Inline> children)
    {
        sb.Append('\u0004').Append(marker).Append('(');
        Append(sb, children);
        sb.Append(')');
    }
}
