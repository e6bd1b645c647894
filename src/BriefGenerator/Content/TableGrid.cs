using Markdig.Extensions.Tables;

namespace BriefGenerator.Content;

/// <summary>Places a Markdig table's cells on a grid of rows × columns. Pipe tables have one cell per column (the
/// header decides how many); grid tables (<c>+---+</c>) may have cells spanning columns and rows, which cover the
/// positions right of and below them. Shared by the content loader and the document parser.</summary>
public static class TableGrid
{
    /// <summary>True for a grid table (its first line starts with <c>+</c>).</summary>
    public static bool IsGridTable(string markdown, Table table) =>
        MarkdownSyntax.SourceOf(markdown, table).TrimStart().StartsWith('+');

    /// <summary>Number of columns of a grid table: the furthest column any cell reaches.</summary>
    public static int Columns(Table table) =>
        table.OfType<TableRow>().SelectMany(r => r.OfType<TableCell>())
            .Select(c => c.ColumnIndex + Math.Max(1, c.ColumnSpan)).DefaultIfEmpty(0).Max();

    /// <summary>The slots of every row of a grid table, <paramref name="columns"/> wide. A row span never reaches past
    /// the last row, nor from the header rows into the body.</summary>
    public static GridSlot[][] Place(Table table, int columns)
    {
        var rows = table.OfType<TableRow>().ToList();
        var headerRows = rows.TakeWhile(r => r.IsHeader).Count();
        var grid = rows.Select(_ => new GridSlot[columns]).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            var blockEnd = r < headerRows ? headerRows : rows.Count;
            foreach (var cell in rows[r].OfType<TableCell>())
            {
                var col = cell.ColumnIndex;
                if (col < 0 || col >= columns || grid[r][col].Covered || grid[r][col].Cell is not null) continue;
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, columns - col);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, blockEnd - r);
                grid[r][col] = new GridSlot(cell, colSpan, rowSpan, false);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++)
                        if (dr > 0 || dc > 0) grid[r + dr][col + dc] = new GridSlot(null, 1, 1, true);
            }
        }
        return grid;
    }

    /// <summary>How many of the first rows are header rows.</summary>
    public static int HeaderRows(Table table) => table.OfType<TableRow>().TakeWhile(r => r.IsHeader).Count();
}
