using System.Text;

namespace BriefGenerator.Import;

/// <summary>Writes imported blocks as the body of a brief: one blank line between blocks, <c>##</c> headings,
/// <c>-</c> and <c>1.</c> lists, and each table as a <c>Table: caption {#id}</c> paragraph above a GFM pipe table
/// with outer pipes.</summary>
public static class BriefMarkdownWriter
{
    /// <summary>The body text, ending with a newline.</summary>
    public static string Write(IReadOnlyList<ImportBlock> blocks)
    {
        var parts = blocks.Select(Block).ToList();
        return parts.Count == 0 ? "" : string.Join("\n\n", parts) + "\n";
    }

    private static string Block(ImportBlock block) => block switch
    {
        ImportParagraph p => MarkdownText.Block(p.Text),
        ImportHeading h => (h.Level >= 3 ? "### " : "## ") + MarkdownText.Block(h.Text),
        ImportList l => List(l),
        ImportTable t => Table(t),
        _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
    };

    private static string List(ImportList list)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Append(list.Numbered ? $"{list.Start + i}. " : "- ").Append(MarkdownText.Block(list.Items[i]));
        }
        return sb.ToString();
    }

    private static string Table(ImportTable table)
    {
        var sb = new StringBuilder();
        sb.Append("Table: ").Append(MarkdownText.Inline(table.Caption)).Append(" {#").Append(table.Id).Append("}\n\n");
        sb.Append(Row(table.Header)).Append('\n');
        sb.Append('|').Append(string.Join('|', table.Delimiters)).Append('|');
        foreach (var row in table.Rows) sb.Append('\n').Append(Row(row));
        return sb.ToString();
    }

    private static string Row(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(MarkdownText.Inline)) + " |";
}
