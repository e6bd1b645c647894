using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class TableElement
{
    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var g = Geometry(area.Width);
        var plan = Measure(area.Width, area.Height);
        if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Empty) return;
        var (rows, _, split) = Fit(g, area.Height);
        var y = area.Y;
        var continued = _started;
        if (!_started)
        {
            canvas.BeginTag(StructureTag.Table);
            if (_table.Id is not null) canvas.Anchor(_table.Id, y);
            canvas.BeginTag(StructureTag.Caption);
            canvas.BeginTag(StructureTag.P); // grouping elements hold no content of their own
            foreach (var line in g.Caption) { LinePainter.Paint(canvas, line, area.X, y, Context.Notes); y += line.Height; }
            canvas.EndTag();
            canvas.EndTag();
            y += CaptionGap;
            _started = true;
        }

        if (continued)
        {
            // The label "Table N (continued)" and the repeated header are pagination artifacts: assistive technology
            // reads the caption and the header row once.
            canvas.BeginArtifact();
            foreach (var line in g.Continued) { LinePainter.Paint(canvas, line, area.X, y); y += line.Height; }
            y += CaptionGap;
        }
        canvas.FillRect(area.X, y, area.Width, g.HeaderHeight, Style.HeaderFill);
        if (continued)
        {
            DrawRow(canvas, g, g.Header, null, null, null, area.X, y);
            canvas.EndArtifact();
        }
        else DrawRow(canvas, g, g.Header, null, null, StructureTag.TH, area.X, y);
        y += g.HeaderHeight;

        for (int r = _next; r < _next + rows; r++)
        {
            var h = RowHeight(g, r, r == _next ? _lineOffsets : null);
            if (r % 2 == 1 && !string.IsNullOrEmpty(Style.ZebraFill)) canvas.FillRect(area.X, y, area.Width, h, Style.ZebraFill);
            DrawRow(canvas, g, g.Cells[r], r == _next ? _lineOffsets : null, null, StructureTag.TD, area.X, y);
            y += h;
            canvas.DrawLine(area.X, y, area.X + area.Width, y, Style.RuleWidth, Style.Rule);
        }
        _next += rows;
        if (rows > 0) Array.Clear(_lineOffsets);

        if (split is not null)
        {
            // Part of an over-tall row; the rest follows on the next page under the repeated header.
            DrawRow(canvas, g, g.Cells[_next], _lineOffsets, split, StructureTag.TD, area.X, y);
            _lineOffsets = split;
            if (split.Select((k, c) => k >= g.Cells[_next][c].Count).All(done => done))
            {
                _next++;
                _lineOffsets = new int[_lineOffsets.Length];
            }
        }
        if (_next >= RowCount) canvas.EndTag();
    }

    private void DrawRow(IPdfCanvas canvas, TableGeometry g, IReadOnlyList<TextLine>[] cells, int[]? from, int[]? to,
        StructureTag? cellTag, double x, double y)
    {
        if (cellTag is not null) canvas.BeginTag(StructureTag.TR);
        for (int c = 0; c < cells.Length; c++)
        {
            if (cellTag is { } tag) canvas.BeginTag(tag);
            var ly = y + Pad;
            int end = to?[c] ?? cells[c].Count;
            for (int k = from?[c] ?? 0; k < end; k++)
            {
                LinePainter.Paint(canvas, cells[c][k], x + Pad, ly, cellTag is null ? null : Context.Notes);
                ly += cells[c][k].Height;
            }
            if (cellTag is not null) canvas.EndTag();
            x += g.Widths[c];
        }
        if (cellTag is not null) canvas.EndTag();
    }
}
