namespace BriefGenerator.Diff;

public sealed partial class DocumentDiffer
{
    private void Sections(IReadOnlyList<SnapshotSection> oldSections, IReadOnlyList<SnapshotSection> newSections)
    {
        var pairOfNew = SectionPairs(oldSections, newSections);
        var pairedOld = new HashSet<int>(pairOfNew.Values);
        var moved = Moved(pairOfNew);
        var nextOld = 0;
        void RemovedUpTo(int end)
        {
            for (; nextOld < end; nextOld++)
                if (!pairedOld.Contains(nextOld))
                {
                    var s = oldSections[nextOld];
                    _changes.Add(new Change(ChangeKind.Removed, "section", s.Title, s.Title, Outline(s), null, s.Line, null));
                }
        }
        for (var j = 0; j < newSections.Count; j++)
        {
            var n = newSections[j];
            if (!pairOfNew.TryGetValue(j, out var i))
            {
                _changes.Add(new Change(ChangeKind.Added, "section", n.Title, n.Title, null, Outline(n), null, n.Line));
                continue;
            }
            if (!moved.Contains(j)) RemovedUpTo(i);
            var o = oldSections[i];
            if (o.Title != n.Title)
                _changes.Add(new Change(ChangeKind.Retitled, "section", n.Title, n.Title, o.Title, n.Title, o.Line, n.Line) { Words = WordDiff.Compare(o.Title, n.Title) });
            if (moved.Contains(j))
                _changes.Add(new Change(ChangeKind.Moved, "section", n.Title, n.Title, null, null, o.Line, n.Line)
                    { Detail = $"was section {i + 1 - (oldSections[0].Level == 0 ? 1 : 0)}, now section {j + 1 - (newSections[0].Level == 0 ? 1 : 0)}" });
            Blocks(o.Blocks, n.Blocks, n.Title);
        }
        RemovedUpTo(oldSections.Count);
    }

    /// <summary>New section index → old section index: same id, else same title, else (same level) mostly the same blocks.</summary>
    private static Dictionary<int, int> SectionPairs(IReadOnlyList<SnapshotSection> oldSections, IReadOnlyList<SnapshotSection> newSections)
    {
        var pairs = new Dictionary<int, int>();
        var used = new HashSet<int>();
        void Pair(Func<SnapshotSection, SnapshotSection, bool> same)
        {
            for (var j = 0; j < newSections.Count; j++)
            {
                if (pairs.ContainsKey(j)) continue;
                for (var i = 0; i < oldSections.Count; i++)
                    if (!used.Contains(i) && same(oldSections[i], newSections[j])) { pairs[j] = i; used.Add(i); break; }
            }
        }
        Pair((o, n) => o.Id == n.Id && o.Level == n.Level);
        Pair((o, n) => o.Title == n.Title && o.Level == n.Level);
        Pair((o, n) => o.Level == n.Level && BlockOverlap(o, n) >= 0.5);
        return pairs;
    }

    /// <summary>The share of blocks two sections have in common.</summary>
    private static double BlockOverlap(SnapshotSection o, SnapshotSection n)
    {
        if (o.Blocks.Count + n.Blocks.Count == 0) return 0;
        var symbols = new SymbolTable();
        var common = SequenceDiff.Matches(symbols.Of(o.Blocks.Select(Key)), symbols.Of(n.Blocks.Select(Key))).Count;
        return 2.0 * common / (o.Blocks.Count + n.Blocks.Count);
    }

    /// <summary>New indexes of paired sections that left the longest run kept in order (those are the moved ones).</summary>
    private static HashSet<int> Moved(Dictionary<int, int> pairOfNew)
    {
        var order = pairOfNew.OrderBy(p => p.Key).ToList();
        // Longest increasing subsequence of the old indexes, in n log n.
        var tails = new List<int>();
        var previous = new int[order.Count];
        var tailIndex = new List<int>();
        for (var k = 0; k < order.Count; k++)
        {
            var value = order[k].Value;
            var lo = 0; var hi = tails.Count;
            while (lo < hi) { var mid = (lo + hi) / 2; if (tails[mid] < value) lo = mid + 1; else hi = mid; }
            previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            if (lo == tails.Count) { tails.Add(value); tailIndex.Add(k); } else { tails[lo] = value; tailIndex[lo] = k; }
        }
        var kept = new HashSet<int>();
        for (var k = tailIndex.Count > 0 ? tailIndex[^1] : -1; k >= 0; k = previous[k]) kept.Add(order[k].Key);
        return order.Select(p => p.Key).Where(j => !kept.Contains(j)).ToHashSet();
    }

    private static string Outline(SnapshotSection s) =>
        $"{s.Blocks.Count} block{(s.Blocks.Count == 1 ? "" : "s")}" + (s.Blocks.Count > 0 ? ": " + Shorten(s.Blocks[0].Text, 12) : "");

    private static string Shorten(string text, int words)
    {
        var w = WordDiff.Words(text);
        return w.Length <= words ? text : string.Join(' ', w[..words]) + " …";
    }
}
