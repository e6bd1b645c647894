namespace BriefGenerator.Diff;

public sealed partial class DocumentDiffer
{
    /// <summary>Largest hunk (old blocks × new blocks) whose blocks are paired by similarity; bigger ones pair by order.</summary>
    private const int PairingLimit = 400;

    private void Blocks(IReadOnlyList<SnapshotBlock> oldBlocks, IReadOnlyList<SnapshotBlock> newBlocks, string section)
    {
        var symbols = new SymbolTable();
        var matches = SequenceDiff.Matches(symbols.Of(oldBlocks.Select(Key)), symbols.Of(newBlocks.Select(Key)));
        int i = 0, j = 0;
        foreach (var (mi, mj) in matches.Append((oldBlocks.Count, newBlocks.Count)))
        {
            if (mi > i || mj > j) Hunk(oldBlocks, i, mi, newBlocks, j, mj, section);
            (i, j) = (mi + 1, mj + 1);
        }
    }

    /// <summary>Old blocks [oi, oEnd) replaced by new blocks [ni, nEnd): pairs of the same kind that read alike are
    /// changes (tables always pair with tables of the same id or, failing that, in order); the rest are added or removed.</summary>
    private void Hunk(IReadOnlyList<SnapshotBlock> oldBlocks, int oi, int oEnd, IReadOnlyList<SnapshotBlock> newBlocks, int ni, int nEnd, string section)
    {
        var bySimilarity = (oEnd - oi) * (nEnd - ni) <= PairingLimit;
        var next = ni;
        for (var i = oi; i < oEnd; i++)
        {
            var o = oldBlocks[i];
            var partner = -1;
            for (var j = next; j < nEnd && partner < 0; j++)
            {
                var n = newBlocks[j];
                if (n.Kind != o.Kind) continue;
                if (o.Table is not null) { if (o.Table.Id == n.Table!.Id || o.Table.Id is null || n.Table.Id is null || j == next) partner = j; }
                else if (!bySimilarity ? j == next : WordDiff.Similarity(o.Text, n.Text) >= 0.4) partner = j;
            }
            if (partner < 0)
            {
                _changes.Add(new Change(ChangeKind.Removed, o.Kind, section, o.Table?.Name, Whole(o), null, o.Line, null));
                continue;
            }
            for (; next < partner; next++) Added(newBlocks[next], section);
            var p = newBlocks[partner];
            if (o.Table is not null) TableDiffer.Compare(o.Table, p.Table!, section, o.Line, p.Line, _changes);
            else _changes.Add(TextChange(o.Kind, section, null, o.Text, p.Text, o.Line, p.Line));
            next = partner + 1;
        }
        for (; next < nEnd; next++) Added(newBlocks[next], section);
    }

    private void Added(SnapshotBlock n, string section) =>
        _changes.Add(new Change(ChangeKind.Added, n.Kind, section, n.Table?.Name, null, Whole(n), null, n.Line));

    private static string Whole(SnapshotBlock b) => b.Table is null ? b.Text : TableDiffer.Describe(b.Table);

    /// <summary>What makes two blocks the same: kind and text, and for tables every header and cell.</summary>
    private static string Key(SnapshotBlock b) =>
        b.Table is null ? b.Kind + "\u0001" + b.Text : TableDiffer.Key(b.Table);
}
