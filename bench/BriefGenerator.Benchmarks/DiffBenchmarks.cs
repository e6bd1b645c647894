using BenchmarkDotNet.Attributes;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;

namespace BriefGenerator.Benchmarks;

/// <summary><c>brief diff</c> of two briefs with a 20,000-row table each (the new one with 20 edited cells, 10 rows
/// added and 10 removed): the comparison alone on two snapshots, and the whole job (read both, load, parse, compare,
/// format as text), which the README's target of 2 s is about.</summary>
[MemoryDiagnoser, MedianColumn]
public class DiffBenchmarks
{
    private const int Rows = 20_000;
    private string _temp = "";
    private string _oldText = "", _newText = "";
    private BriefSnapshot _old = null!, _new = null!;
    private string _seedText = "";

    [GlobalSetup]
    public void Setup()
    {
        _temp = Path.Combine(Path.GetTempPath(), "brief-bench-diff-" + Guid.NewGuid().ToString("N"));
        _oldText = File.ReadAllText(BenchInputs.WriteTableBrief(_temp, Rows, "old"));
        _newText = Edit(_oldText);
        _seedText = File.ReadAllText(BenchInputs.SeedBrief);
        _old = Snapshot(_oldText);
        _new = Snapshot(_newText);
        if (DocumentDiffer.Compare(_old, _new, "old", "new").Summary is not { Cells: 20, Rows: 20 } s)
            throw new InvalidOperationException("the edited table does not differ as intended");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_temp, true);

    [Benchmark]
    public DiffReport CompareTwentyThousandRowTables() => DocumentDiffer.Compare(_old, _new, "old", "new");

    [Benchmark]
    public string DiffTwentyThousandRowBriefs() =>
        DiffTextFormatter.Format(DocumentDiffer.Compare(Snapshot(_oldText), Snapshot(_newText), "old", "new"));

    /// <summary>What a build adds per built brief for its change report (the seed): the body parsed once more into a snapshot.</summary>
    [Benchmark]
    public BriefSnapshot SeedSnapshot() => Snapshot(_seedText);

    private static BriefSnapshot Snapshot(string text) => SnapshotBuilder.FromText(text, "big", "brief.md", new DiagnosticBag())!;

    /// <summary>Every 1,000th row gets a new water figure; rows 5,000–5,009 go; ten new districts come after row 15,000.</summary>
    private static string Edit(string text)
    {
        var lines = text.Split('\n').ToList();
        var first = lines.FindIndex(l => l.StartsWith("| District 1 |", StringComparison.Ordinal));
        for (var i = 1000; i <= Rows; i += 1000)
        {
            var cells = lines[first + i - 1].Split('|');
            cells[4] = " 9999.9 ";
            lines[first + i - 1] = string.Join('|', cells);
        }
        var added = Enumerable.Range(1, 10).Select(k => $"| New district {k} | Region 1 | 1,000 | 1.0 | New canal |").ToList();
        lines.InsertRange(first + 15_000, added);
        lines.RemoveRange(first + 5_000, 10);
        return string.Join('\n', lines);
    }
}
