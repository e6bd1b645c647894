using BriefGenerator.Document;

namespace BriefGenerator.Rendering;

/// <summary>What each position of a table's rows is, spans considered: where a cell starts, or which cell covers it.
/// Shared by the PDF and DOCX renderers so merged cells come out alike.</summary>
public static class TableSpanMap
{
    /// <summary>The positions of <paramref name="rows"/> (header rows, then body rows), <paramref name="columns"/> wide.</summary>
    public static SpanPosition[][] Of(IReadOnlyList<TableRow> rows, int columns)
    {
        var map = new SpanPosition[rows.Count][];
        for (var r = 0; r < rows.Count; r++) map[r] = new SpanPosition[columns];
        var claimed = new bool[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns; c++)
            {
                if (claimed[r, c]) continue;
                var cell = c < rows[r].Cells.Count ? rows[r].Cells[c] : null;
                // A covered position nothing claimed (a malformed tree) is drawn as an empty cell of its own.
                var cs = cell is null || cell.Covered ? 1 : Math.Clamp(cell.ColumnSpan, 1, columns - c);
                var rs = cell is null || cell.Covered ? 1 : Math.Clamp(cell.RowSpan, 1, rows.Count - r);
                for (var dr = 0; dr < rs; dr++)
                    for (var dc = 0; dc < cs; dc++)
                    {
                        if (claimed[r + dr, c + dc]) continue;
                        claimed[r + dr, c + dc] = true;
                        var role = dr == 0 && dc == 0 ? SpanRole.Start : dc == 0 ? SpanRole.Below : SpanRole.Right;
                        map[r + dr][c + dc] = new SpanPosition(role, r, c, cs, rs);
                    }
            }
        return map;
    }
}
