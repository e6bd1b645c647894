using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Column widths from content, as the PDF lays tables out: each column's narrowest fit (its longest word)
/// and widest fit (its longest cell) are estimated, then the text width is shared out — widest fits scaled up when
/// they all fit, narrowest fits plus a share of the rest when they do not, narrowest fits scaled down as a last resort.</summary>
internal static class TableWidths
{
    /// <summary>Widths in points, summing to <paramref name="available"/>.</summary>
    public static double[] Compute(Table table, double available, double fontSize, double padding)
    {
        var n = table.Columns.Count;
        var min = new double[n];
        var max = new double[n];
        var rows = table.Head.Select(r => (Row: r, Size: fontSize * 1.05)).Concat(table.Rows.Select(r => (Row: r, Size: fontSize))).ToList();
        // Cells of one column first; then a cell spanning columns widens them evenly where they fall short of it.
        foreach (var pass in new[] { false, true })
            foreach (var (row, size) in rows)
                for (var c = 0; c < Math.Min(n, row.Cells.Count); c++)
                {
                    var cell = row.Cells[c];
                    var span = Math.Clamp(cell.ColumnSpan, 1, n - c);
                    if (cell.Covered || (span > 1) != pass) continue;
                    double cellMin = 0, cellMax = 0;
                    Measure(InlineWriter.Plain(cell.Content), size, ref cellMin, ref cellMax);
                    Widen(min, c, span, cellMin + 2 * padding + 1);
                    Widen(max, c, span, cellMax + 2 * padding + 1);
                }
        return TableColumnWidths.Distribute(min, max, available);
    }

    private static void Widen(double[] widths, int first, int span, double needed)
    {
        var have = 0.0;
        for (var c = first; c < first + span; c++) have += widths[c];
        if (needed <= have) return;
        for (var c = first; c < first + span; c++) widths[c] += (needed - have) / span;
    }

    private static void Measure(string text, double size, ref double min, ref double max)
    {
        max = Math.Max(max, Width(text, size));
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            min = Math.Max(min, Width(word, size));
    }

    // An estimate from character classes: close enough to share a page width, without reading font metrics.
    private static double Width(string text, double size)
    {
        double em = 0;
        foreach (var ch in text)
            em += ch switch
            {
                'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or ' ' => 0.28,
                'f' or 't' or 'r' or '(' or ')' or '-' => 0.36,
                'm' or 'w' or 'M' or 'W' or '%' => 0.85,
                >= 'A' and <= 'Z' => 0.66,
                >= '0' and <= '9' => 0.57,
                _ => 0.53,
            };
        return em * size;
    }
}
