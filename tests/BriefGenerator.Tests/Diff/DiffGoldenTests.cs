using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Diff;

/// <summary>Each folder under TestData/diff is a pair of briefs (old.md, new.md) with one kind of edit; expected.txt,
/// expected.json and expected.md hold what <c>brief diff</c> prints in each format.</summary>
public class DiffGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.TestData("diff")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_pair_of_briefs_gives_the_expected_diff_in_every_format(string name)
    {
        var report = Compare(name);
        Assert.False(report.IsEqual);
        Golden.AssertMatches(DiffTextFormatter.Format(report), "diff", name, "expected.txt");
        Golden.AssertMatches(JsonText.Text(DiffJsonFormatter.ToJson(report)) + "\n", "diff", name, "expected.json");
        Golden.AssertMatches(DiffMarkdownFormatter.Format(report), "diff", name, "expected.md");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_brief_compared_with_itself_has_no_changes(string name)
    {
        var text = File.ReadAllText(RepoPaths.TestData("diff", name, "new.md"));
        var bag = new DiagnosticBag();
        var snapshot = SnapshotBuilder.FromText(text, "case", "new.md", bag)!;
        var report = DocumentDiffer.Compare(snapshot, SnapshotBuilder.FromText(text, "case", "new.md", bag)!, "a", "b");
        Assert.True(report.IsEqual);
        Assert.Equal("the briefs read the same\n", DiffTextFormatter.Format(report).Split('\n', 3)[2]);
    }

    internal static DiffReport Compare(string name)
    {
        var bag = new DiagnosticBag();
        var old = SnapshotBuilder.FromText(File.ReadAllText(RepoPaths.TestData("diff", name, "old.md")), "case", "old.md", bag);
        var @new = SnapshotBuilder.FromText(File.ReadAllText(RepoPaths.TestData("diff", name, "new.md")), "case", "new.md", bag);
        Assert.Empty(bag);
        return DocumentDiffer.Compare(old!, @new!, "old.md", "new.md");
    }
}
