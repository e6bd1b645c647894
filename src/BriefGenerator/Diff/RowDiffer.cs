namespace BriefGenerator.Diff;

/// <summary>Aligns the rows of two versions of a table and reports rows added, removed and cells changed.</summary>
internal sealed class RowDiffer
{
    private readonly SnapshotTable _old, _new;
    private readonly List<(int New, int Old)> _columns;
    private readonly string _section;
    private readonly int _oldLine, _newLine;
    private readonly List<Change> _changes;

    public RowDiffer(SnapshotTable o, SnapshotTable n, Dictionary<int, int> columns, string section, int oldLine, int newLine, List<Change> changes)
    {
        (_old, _new, _section, _oldLine, _newLine, _changes) = (o, n, section, oldLine, newLine, changes);
        _columns = columns.Where(c => c.Value >= 0).OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToList();
    }

    public void Run()
    {
        if (_columns.Count == 0)
        {
            foreach (var r in _old.Rows) Row(ChangeKind.Removed, r);
            foreach (var r in _new.Rows) Row(ChangeKind.Added, r);
            return;
        }
        // Rows are keyed by their label when the first column is the same column on both sides and labels are unique;
        // else by their cells in the shared columns.
        var byLabel = _columns[0] is (0, 0) && Unique(_old.Rows) && Unique(_new.Rows);
        var symbols = new SymbolTable();
        var oldKeys = symbols.Of(_old.Rows.Select(r => byLabel ? r[0] : string.Join('\u0001', _columns.Select(c => r[c.Old]))));
        var newKeys = symbols.Of(_new.Rows.Select(r => byLabel ? r[0] : string.Join('\u0001', _columns.Select(c => r[c.New]))));
        var matches = SequenceDiff.Matches(oldKeys, newKeys);
        int i = 0, j = 0;
        foreach (var (mi, mj) in matches.Append((_old.Rows.Count, _new.Rows.Count)))
        {
            // Rows replaced in one place pair up in order when at least half their cells agree (an edited row).
            var pairs = Math.Min(mi - i, mj - j);
            for (var k = 0; k < pairs; k++)
            {
                if (Shared(i + k, j + k) * 2 >= _columns.Count) { Cells(i + k, j + k); continue; }
                Row(ChangeKind.Removed, _old.Rows[i + k]);
                Row(ChangeKind.Added, _new.Rows[j + k]);
            }
            for (var k = i + pairs; k < mi; k++) Row(ChangeKind.Removed, _old.Rows[k]);
            for (var k = j + pairs; k < mj; k++) Row(ChangeKind.Added, _new.Rows[k]);
            if (mi < _old.Rows.Count) Cells(mi, mj);
            (i, j) = (mi + 1, mj + 1);
        }
    }

    private int Shared(int oi, int ni) => _columns.Count(c => _old.Rows[oi][c.Old] == _new.Rows[ni][c.New]);

    private void Cells(int oi, int ni)
    {
        var o = _old.Rows[oi];
        var n = _new.Rows[ni];
        foreach (var (nc, oc) in _columns)
        {
            if (o[oc] == n[nc]) continue;
            var label = _new.Name + ", " + (nc == 0 || n[0].Length == 0 ? $"row {ni + 1}" : n[0]) + (_new.Columns.Count > 2 || nc == 0 ? ", " + _new.Columns[nc] : "");
            _changes.Add(new Change(ChangeKind.Changed, "cell", _section, label, o[oc], n[nc], _oldLine, _newLine)
            {
                Detail = NumberChange.Describe(o[oc], n[nc]),
                Words = NumberChange.Describe(o[oc], n[nc]) is null ? WordDiff.Compare(o[oc], n[nc]) : null,
            });
        }
    }

    private void Row(ChangeKind kind, IReadOnlyList<string> cells) =>
        _changes.Add(new Change(kind, "row", _section, _new.Name, kind == ChangeKind.Removed ? string.Join(" | ", cells) : null,
            kind == ChangeKind.Added ? string.Join(" | ", cells) : null, kind == ChangeKind.Removed ? _oldLine : null, kind == ChangeKind.Added ? _newLine : null));

    private static bool Unique(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return rows.All(r => r.Count > 0 && r[0].Length > 0 && seen.Add(r[0]));
    }
}
