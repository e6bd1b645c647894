namespace BriefGenerator.Import;

/// <summary>Reads a pipe table (header line, delimiter line, body lines), with or without outer pipes,
/// into an <see cref="ImportTable"/> whose rows all have the same number of cells.</summary>
public static class TableReader
{
    /// <summary>Reads the table; <paramref name="repair"/> is applied to each cell's text.</summary>
    public static ImportTable Read(RawLine header, RawLine delimiter, IReadOnlyList<RawLine> body, Func<string, string> repair)
    {
        var head = Cells(header.Text).Select(repair).ToList();
        var delims = Cells(delimiter.Text).Select(NormalizeDelimiter).ToList();
        var rows = body.Select(r => Cells(r.Text).Select(repair).ToList()).ToList();
        var columns = new[] { head.Count, delims.Count }.Concat(rows.Select(r => r.Count)).Max();
        Pad(head, columns, "");
        Pad(delims, columns, "---");
        foreach (var row in rows) Pad(row, columns, "");
        return new ImportTable(head, delims, rows.Cast<IReadOnlyList<string>>().ToList(), header.Number);
    }

    /// <summary>Splits a row at unescaped pipes, dropping one leading and one trailing outer pipe; cells are trimmed.</summary>
    public static List<string> Cells(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '\\') { i++; continue; }
            if (t[i] != '|') continue;
            cells.Add(t[start..i].Trim());
            start = i + 1;
        }
        cells.Add(t[start..].Trim());
        return cells;
    }

    private static string NormalizeDelimiter(string cell)
    {
        var left = cell.StartsWith(':');
        var right = cell.EndsWith(':') && cell.Length > 1;
        return (left, right) switch
        {
            (true, true) => ":---:",
            (true, false) => ":---",
            (false, true) => "---:",
            _ => "---",
        };
    }

    private static void Pad(List<string> cells, int count, string filler)
    {
        while (cells.Count < count) cells.Add(filler);
    }
}
