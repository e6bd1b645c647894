namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class TableElement
{
    // The notes referred to in what a plan places: the caption and header the first time, then the rows it draws.
    private IReadOnlyList<int>? NotesPlaced(TableGeometry g, int rows, int[]? split)
    {
        var parts = new List<IReadOnlyList<int>?>();
        if (!_started)
        {
            parts.Add(NoteNumbers.Of(g.Caption));
            for (int r = 0; r < _head; r++) parts.AddRange(g.Cells[r].Select(NoteNumbers.Of));
        }
        // Header rows come first in the geometry's cells: body row r is at _head + r.
        for (int r = _next; r < Math.Min(RowCount, _next + rows); r++)
            for (int c = 0; c < g.Cells[_head + r].Length; c++)
                parts.Add(NoteNumbers.Of(g.Cells[_head + r][c].Skip(r == _next ? _lineOffsets[c] : 0)));
        if (split is not null && _next < RowCount)
            for (int c = 0; c < split.Length; c++)
                parts.Add(NoteNumbers.Of(g.Cells[_head + _next][c].Skip(_lineOffsets[c]).Take(split[c] - _lineOffsets[c])));
        return NoteNumbers.Join(parts);
    }
}
