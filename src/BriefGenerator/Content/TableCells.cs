using Markdig.Extensions.Tables;

namespace BriefGenerator.Content;

/// <summary>Markdig pads every row of a pipe table to the widest row with empty, span-less cells. These helpers see
/// only the cells that were written, so a short or long row can be reported and the header decides the columns.</summary>
public static class TableCells
{
    /// <summary>The cells actually written in the row. A written cell, even an empty one, holds a paragraph;
    /// padding cells hold nothing and have no position.</summary>
    public static IReadOnlyList<TableCell> Written(TableRow row) => row.OfType<TableCell>().Where(IsWritten).ToList();

    /// <summary>True for a cell actually written in its row (see <see cref="Written"/>).</summary>
    public static bool IsWritten(TableCell cell) => cell.Count > 0 || (cell.Span.End >= cell.Span.Start && cell.Span.End >= 0);

    /// <summary>The header row (the first row when none is marked).</summary>
    public static TableRow? Header(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) ?? table.OfType<TableRow>().FirstOrDefault();
}
