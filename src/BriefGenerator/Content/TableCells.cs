using Markdig.Extensions.Tables;

namespace BriefGenerator.Content;

/// <summary>Markdig pads every row of a pipe table to the widest row with empty, span-less cells. These helpers see
/// only the cells that were written, so a short or long row can be reported and the header decides the columns.</summary>
public static class TableCells
{
    /// <summary>The cells actually written in the row. A written cell, even an empty one, holds a paragraph;
    /// padding cells hold nothing and have no position.</summary>
    public static IReadOnlyList<TableCell> Written(TableRow row) =>
        row.OfType<TableCell>().Where(c => c.Count > 0 || (c.Span.End >= c.Span.Start && c.Span.End >= 0)).ToList();

    /// <summary>The header row (the first row when none is marked).</summary>
    public static TableRow? Header(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) ?? table.OfType<TableRow>().FirstOrDefault();
}
