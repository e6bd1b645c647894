using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;
using BriefGenerator.Document;

namespace BriefGenerator.Redline;

/// <summary>Finds what the redline marks: the top-level blocks of the old and new trees are aligned with the diff
/// engine's <see cref="SequenceDiff"/> (by kind and text); within a gap, blocks of the same kind pair up in order and
/// their texts compare word by word (<see cref="WordDiff"/>); the rest are removed or added whole. What cannot be
/// marked exactly (formatted text that changed, a table or list whose shape changed, a removed table) is left as the
/// new text and named in a warning.</summary>
public static class RedlineBuilder
{
    /// <summary>The marks that turn <paramref name="old"/> into <paramref name="current"/>.</summary>
    public static RedlineMarks Compare(BriefDocument old, BriefDocument current, string author, DateTimeOffset date)
    {
        var marks = new RedlineMarks(author, date);
        var a = old.Blocks;
        var b = current.Blocks;
        var symbols = new SymbolTable();
        var matches = SequenceDiff.Matches(symbols.Of(a.Select(Key)), symbols.Of(b.Select(Key)));
        int i = 0, j = 0;
        foreach (var (ma, mb) in matches.Append((a.Count, b.Count)))
        {
            Gap(marks, a, i, ma, b, j, mb);
            (i, j) = (ma + 1, mb + 1);
        }
        return marks;
    }

    /// <summary>Old blocks [i, ma) became new blocks [j, mb).</summary>
    private static void Gap(RedlineMarks marks, IReadOnlyList<Block> a, int i, int ma, IReadOnlyList<Block> b, int j, int mb)
    {
        var next = mb < b.Count ? b[mb] : null;
        while (i < ma || j < mb)
        {
            if (i < ma && j < mb && Kind(a[i]) == Kind(b[j]))
            {
                Pair(marks, a[i++], b[j++]);
                continue;
            }
            // An old block is removed (before the next new block) when a later old block can partner the new one, or
            // when no new block is left; otherwise the new block was added.
            if (i < ma && (j >= mb || Enumerable.Range(i + 1, ma - i - 1).Any(k => Kind(a[k]) == Kind(b[j])))) Removed(marks, a[i++], j < mb ? b[j] : next);
            else Added(marks, b[j++]);
        }
    }

    private static void Pair(RedlineMarks marks, Block old, Block current)
    {
        switch (old, current)
        {
            case (Paragraph p, Paragraph q): Text(marks, p.Content, q.Content, q.Span, "paragraph"); break;
            case (Heading h, Heading g): Text(marks, h.Content, g.Content, g.Span, "heading"); break;
            case (BulletList l, BulletList m): Items(marks, l.Items, m.Items, m.Span); break;
            case (NumberedList l, NumberedList m): Items(marks, l.Items, m.Items, m.Span); break;
            case (Table t, Table u) when Shape(t) == Shape(u):
                Text(marks, t.Caption, u.Caption, u.Span, "table caption");
                for (var r = 0; r < t.Rows.Count; r++)
                    for (var c = 0; c < t.Rows[r].Cells.Count; c++)
                        Text(marks, t.Rows[r].Cells[c].Content, u.Rows[r].Cells[c].Content, u.Span, "table cell");
                for (var r = 0; r < t.Head.Count; r++)
                    for (var c = 0; c < t.Head[r].Cells.Count; c++)
                        Text(marks, t.Head[r].Cells[c].Content, u.Head[r].Cells[c].Content, u.Span, "table header");
                break;
            case (Table, Table u): Warn(marks, u.Span, "a table with rows or columns added or removed is shown as the new table, unmarked"); break;
            default: Warn(marks, current.Span, $"a changed {Kind(current).ToLowerInvariant()} is shown as the new text, unmarked"); break;
        }
    }

    private static void Items(RedlineMarks marks, IReadOnlyList<ListItem> old, IReadOnlyList<ListItem> current, SourceSpan span)
    {
        var s = new SymbolTable();
        var matches = SequenceDiff.Matches(s.Of(old.Select(ItemKey)), s.Of(current.Select(ItemKey)));
        int i = 0, j = 0;
        foreach (var (ma, mb) in matches.Append((old.Count, current.Count)))
        {
            for (; i < ma && j < mb; i++, j++) Item(marks, old[i], current[j], span);
            if (i < ma) Warn(marks, span, $"{ma - i} removed list item(s) are not shown in the redline");
            for (; j < mb; j++) InsertAll(marks, current[j].Blocks);
            (i, j) = (ma + 1, mb + 1);
        }
    }

    private static void Item(RedlineMarks marks, ListItem old, ListItem current, SourceSpan span)
    {
        if (old.Blocks.Count == current.Blocks.Count && old.Blocks.Zip(current.Blocks).All(p => p.First is Paragraph && p.Second is Paragraph))
            foreach (var (p, q) in old.Blocks.Zip(current.Blocks)) Text(marks, ((Paragraph)p).Content, ((Paragraph)q).Content, span, "list item");
        else Warn(marks, span, "a changed list item with nested blocks is shown as the new text, unmarked");
    }

    /// <summary>Marks a text's word changes, when both sides are plain text; otherwise the new text stands, with a warning.</summary>
    private static void Text(RedlineMarks marks, IReadOnlyList<Inline> old, IReadOnlyList<Inline> current, SourceSpan span, string what)
    {
        var (oldText, newText) = (BlockText.Of(old), BlockText.Of(current));
        if (oldText == newText) return;
        if (!BlockText.IsPlain(old) || !BlockText.IsPlain(current) || current.Count == 0)
        {
            Warn(marks, span, $"a changed {what} with formatting, links or notes is shown as the new text, unmarked");
            return;
        }
        marks.Change(current, WordDiff.Compare(oldText, newText));
    }

    private static void Removed(RedlineMarks marks, Block old, Block? before)
    {
        if (old is Paragraph or Heading) marks.Delete(old, before);
        else Warn(marks, before?.Span ?? old.Span, $"a removed {Kind(old).ToLowerInvariant()} is not shown in the redline");
    }

    private static void Added(RedlineMarks marks, Block current)
    {
        if (!InsertAll(marks, new[] { current }))
            Warn(marks, current.Span, $"an added {Kind(current).ToLowerInvariant()} is shown unmarked");
    }

    /// <summary>Marks the text of added paragraphs, headings and list items as inserted; false when a block is of another kind.</summary>
    private static bool InsertAll(RedlineMarks marks, IEnumerable<Block> blocks)
    {
        var all = true;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph { Content.Count: > 0 } p: marks.Insert(p.Content); break;
                case Heading { Content.Count: > 0 } h: marks.Insert(h.Content); break;
                case BulletList l: all &= InsertAll(marks, l.Items.SelectMany(x => x.Blocks)); break;
                case NumberedList l: all &= InsertAll(marks, l.Items.SelectMany(x => x.Blocks)); break;
                default: all = false; break;
            }
        }
        return all;
    }

    private static void Warn(RedlineMarks marks, SourceSpan span, string message) =>
        marks.Warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.RedlineInexact, "redline: " + message, span));

    private static string Shape(Table t) => $"{t.Head.Count}x{t.Rows.Count}x{t.Columns.Count}";

    private static string Kind(Block block) => block switch
    {
        Heading h => "Heading" + h.Level,
        _ => block.GetType().Name,
    };

    private static string Key(Block block) => Kind(block) + "\u0001" + BlockText.Of(block);

    private static string ItemKey(ListItem item) => string.Join("\u0002", item.Blocks.Select(Key));
}
