using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class TableElement
{
    // The notes referred to in what a plan places: the caption and header the first time, then the rows it draws.
    // Null for none (the common case); collected in one pass, without a list per cell.
    private IReadOnlyList<int>? NotesPlaced(TableGeometry g, int rows, int[]? split)
    {
        List<int>? notes = null;
        if (!_started)
        {
            NoteNumbers.Add(ref notes, g.Caption, 0, int.MaxValue);
            for (int r = 0; r < _head; r++)
                foreach (var cell in g.Cells[r]!) NoteNumbers.Add(ref notes, cell, 0, int.MaxValue);
        }
        // Header rows come first in the geometry's cells: body row r is at _head + r.
        for (int r = _next; r < Math.Min(RowCount, _next + rows); r++)
        {
            Ensure(g, _head + r);
            for (int c = 0; c < g.Cells[_head + r]!.Length; c++)
                NoteNumbers.Add(ref notes, g.Cells[_head + r]![c], r == _next ? _lineOffsets[c] : 0, int.MaxValue);
        }
        if (split is not null && _next < RowCount)
        {
            Ensure(g, _head + _next);
            for (int c = 0; c < split.Length; c++)
                NoteNumbers.Add(ref notes, g.Cells[_head + _next]![c], _lineOffsets[c], split[c]);
        }
        return notes;
    }
}
