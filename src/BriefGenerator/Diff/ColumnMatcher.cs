namespace BriefGenerator.Diff;

/// <summary>Pairs the columns of two versions of a table: same header first; then a new column at the position of an
/// unpaired old one whose cells are at least half the same (a renamed column).</summary>
public static class ColumnMatcher
{
    /// <summary>New column index → old column index, or -1 for a column only the new table has.</summary>
    public static Dictionary<int, int> Match(SnapshotTable o, SnapshotTable n)
    {
        var map = new Dictionary<int, int>();
        var used = new HashSet<int>();
        for (var ni = 0; ni < n.Columns.Count; ni++)
        {
            var oi = -1;
            for (var k = 0; k < o.Columns.Count; k++)
                if (!used.Contains(k) && o.Columns[k] == n.Columns[ni]) { oi = k; break; }
            map[ni] = oi;
            if (oi >= 0) used.Add(oi);
        }
        for (var ni = 0; ni < n.Columns.Count; ni++)
        {
            if (map[ni] >= 0) continue;
            // The unpaired old column at the same place among the unpaired ones, if its cells mostly agree.
            var candidates = Enumerable.Range(0, o.Columns.Count).Where(k => !used.Contains(k)).ToList();
            var place = map.Where(m => m.Key < ni && m.Value < 0).Count();
            if (place < candidates.Count && SameCells(o, candidates[place], n, ni) >= 0.5)
            {
                map[ni] = candidates[place];
                used.Add(candidates[place]);
            }
        }
        return map;
    }

    private static double SameCells(SnapshotTable o, int oi, SnapshotTable n, int ni)
    {
        var rows = Math.Min(o.Rows.Count, n.Rows.Count);
        if (rows == 0) return 1;
        var same = 0;
        for (var r = 0; r < rows; r++)
            if (o.Rows[r][oi] == n.Rows[r][ni]) same++;
        return (double)same / rows;
    }
}
