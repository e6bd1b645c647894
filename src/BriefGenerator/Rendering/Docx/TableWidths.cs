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
        for (var c = 0; c < n; c++)
        {
            Measure(InlineWriter.Plain(table.Columns[c].Header), fontSize * 1.05, ref min[c], ref max[c]);
            foreach (var row in table.Rows)
                if (c < row.Cells.Count) Measure(InlineWriter.Plain(row.Cells[c].Content), fontSize, ref min[c], ref max[c]);
            min[c] += 2 * padding + 1;
            max[c] += 2 * padding + 1;
        }

        return TableColumnWidths.Distribute(min, max, available);
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
