using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class TableElement
{
    public override void Draw(IPdfCanvas canvas, LayoutRect column)
    {
        var plan = Measure(column.Width, column.Height);
        var area = column with { Width = TakenWidth(column.Width) };
        var g = Geometry(area.Width);
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
            // reads the caption and the header rows once.
            canvas.BeginArtifact();
            foreach (var line in g.Continued) { LinePainter.Paint(canvas, line, area.X, y); y += line.Height; }
            y += CaptionGap;
            canvas.EndArtifact();
        }
        if (_head > 0)
        {
            canvas.FillRect(area.X, y, area.Width, g.HeaderHeight, Style.HeaderFill);
            if (continued) canvas.BeginArtifact();
            DrawRows(canvas, g, 0, _head, null, null, continued ? null : StructureTag.TH, area.X, y);
            if (continued) canvas.EndArtifact();
            y += g.HeaderHeight;
        }

        var from = _head + _next;
        var offsets = rows > 0 && Array.Exists(_lineOffsets, o => o > 0) ? _lineOffsets : null;
        y = DrawRows(canvas, g, from, from + rows, offsets, null, StructureTag.TD, area.X, y, zebra: true);
        _next += rows;
        // Rows drawn whole are never measured or drawn again: their lines go (the geometry keeps their heights), so a
        // long table does not hold every row's set lines until its last page.
        var none = new IReadOnlyList<TextLine>[g.Widths.Length];
        Array.Fill(none, Array.Empty<TextLine>());
        for (var r = from; r < from + rows; r++) g.Cells[r] = none;
        if (rows > 0) Array.Clear(_lineOffsets);

        if (split is not null)
        {
            // Part of an over-tall row; the rest follows on the next page under the repeated header.
            var row = _head + _next;
            DrawRows(canvas, g, row, row + 1, _lineOffsets, split, StructureTag.TD, area.X, y, zebra: true);
            _lineOffsets = split;
            if (split.Select((k, c) => k >= g.Cells[row][c].Count).All(done => done))
            {
                _next++;
                _lineOffsets = new int[_lineOffsets.Length];
            }
        }
        if (_next >= RowCount) canvas.EndTag();
    }

    // Draws rows [first, end) from y and returns the y below them. A cell spanning rows is drawn with its first row,
    // over the height of the rows it spans that are drawn here; a rule closes every cell.
    private double DrawRows(IPdfCanvas canvas, TableGeometry g, int first, int end, int[]? from, int[]? to,
        StructureTag? cellTag, double x, double y, bool zebra = false)
    {
        var tops = new double[end - first + 1];
        tops[0] = y;
        for (int r = first; r < end; r++)
            tops[r - first + 1] = tops[r - first] + (to is not null ? SplitHeight(g, r, from, to) : RowHeight(g, r, r == first ? from : null));
        for (int r = first; r < end; r++)
        {
            // Zebra stripes shade whole groups, so a cell spanning rows sits on one shade.
            if (zebra && !string.IsNullOrEmpty(Style.ZebraFill) && g.GroupIndex[r] % 2 == 1 && (r == first || g.GroupEnd[r - 1] < r))
            {
                var groupBottom = tops[Math.Min(end, g.GroupEnd[r] + 1) - first];
                canvas.FillRect(x, tops[r - first], g.Widths.Sum(), groupBottom - tops[r - first], Style.ZebraFill);
            }
            if (cellTag is not null) canvas.BeginTag(StructureTag.TR);
            var offsets = r == first ? from : null;
            // A rule under the row, or, where a cell spans rows, under each cell.
            var spanned = Array.Exists(_map[r], p => p.RowSpan > 1);
            var left = x;
            for (int c = 0; c < g.Widths.Length; c++)
            {
                var at = _map[r][c];
                var width = SumOf(g.Widths, c, at.ColumnSpan);
                // Left to right the first column stands at the left; right to left, at the right.
                var cx = Context.RightToLeft ? x + g.Widths.Sum() - (left - x) - width : left;
                if (at.Role == SpanRole.Start)
                {
                    var bottom = tops[Math.Min(end, r + at.RowSpan) - first];
                    if (cellTag is { } tag)
                    {
                        canvas.BeginTag(tag);
                        var rowSpan = Math.Min(end, r + at.RowSpan) - r;
                        if (at.ColumnSpan > 1 || rowSpan > 1) canvas.SpanCell(at.ColumnSpan, rowSpan);
                    }
                    var ly = tops[r - first] + Pad;
                    var lines = g.Cells[r][c];
                    int stop = to?[c] ?? lines.Count;
                    for (int k = offsets?[c] ?? 0; k < stop && ly + lines[k].Height <= bottom - Pad + 0.01; k++)
                    {
                        LinePainter.Paint(canvas, lines[k], cx + Pad, ly, cellTag is null ? null : Context.Notes);
                        ly += lines[k].Height;
                    }
                    if (cellTag is not null) canvas.EndTag();
                    if (cellTag == StructureTag.TD && to is null && spanned) canvas.DrawLine(cx, bottom, cx + width, bottom, Style.RuleWidth, Style.Rule);
                }
                left += g.Widths[c];
            }
            if (cellTag is not null) canvas.EndTag();
            if (cellTag == StructureTag.TD && to is null && !spanned)
                canvas.DrawLine(x, tops[r - first + 1], x + g.Widths.Sum(), tops[r - first + 1], Style.RuleWidth, Style.Rule);
        }
        return tops[^1];
    }

    private double SplitHeight(TableGeometry g, int row, int[]? from, int[] to)
    {
        Ensure(g, row);
        double tallest = 0;
        for (int c = 0; c < g.Widths.Length; c++)
            tallest = Math.Max(tallest, HeightOf(g.Cells[row]![c], from?[c] ?? 0, to[c]));
        return tallest + 2 * Pad;
    }
}
