namespace BriefGenerator.Diff;

/// <summary>Compares two versions of a table: caption; columns matched by header, a column whose header changed but
/// whose cells mostly did not is renamed; rows aligned by a sequence diff keyed on the row label (the first cell,
/// when labels are unique) or on the whole row, so an added row is one change and not a cascade; cells of aligned
/// rows compared one by one, numbers with their relative change.</summary>
public static class TableDiffer
{
    /// <summary>Everything that makes two tables equal.</summary>
    public static string Key(SnapshotTable t) =>
        "table\u0001" + t.Id + "\u0001" + t.Caption + "\u0002" + string.Join('\u0001', t.Columns) + "\u0002" +
        string.Join('\u0002', t.Rows.Select(r => string.Join('\u0001', r)));

    /// <summary>"Budget (3 columns, 12 rows)".</summary>
    public static string Describe(SnapshotTable t) =>
        $"{t.Name} ({t.Columns.Count} column{(t.Columns.Count == 1 ? "" : "s")}, {t.Rows.Count} row{(t.Rows.Count == 1 ? "" : "s")})";

    /// <summary>Adds the changes from <paramref name="o"/> to <paramref name="n"/> to <paramref name="changes"/>.</summary>
    public static void Compare(SnapshotTable o, SnapshotTable n, string section, int oldLine, int newLine, List<Change> changes)
    {
        if (o.Caption != n.Caption)
            changes.Add(DocumentDiffer.TextChange("table", section, n.Name, o.Name, n.Name, oldLine, newLine));
        var columns = ColumnMatcher.Match(o, n);
        foreach (var (ni, oi) in columns.Where(c => c.Value >= 0 && o.Columns[c.Value] != n.Columns[c.Key]))
            changes.Add(new Change(ChangeKind.Renamed, "column", section, n.Name, o.Columns[oi], n.Columns[ni], oldLine, newLine));
        var mappedOld = columns.Values.Where(v => v >= 0).ToHashSet();
        for (var oi = 0; oi < o.Columns.Count; oi++)
            if (!mappedOld.Contains(oi)) changes.Add(new Change(ChangeKind.Removed, "column", section, n.Name, o.Columns[oi], null, oldLine, null));
        foreach (var ni in columns.Where(c => c.Value < 0).Select(c => c.Key))
            changes.Add(new Change(ChangeKind.Added, "column", section, n.Name, null, n.Columns[ni], null, newLine));
        new RowDiffer(o, n, columns, section, oldLine, newLine, changes).Run();
    }
}
