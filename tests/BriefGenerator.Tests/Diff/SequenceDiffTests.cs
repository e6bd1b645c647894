using BriefGenerator.Diff;

namespace BriefGenerator.Tests.Diff;

/// <summary>The linear-space Myers diff finds a longest common subsequence: checked against the textbook dynamic
/// programme on many random pairs, and on large inputs with few edits.</summary>
public class SequenceDiffTests
{
    [Fact]
    public void Matches_are_a_longest_common_subsequence_of_random_pairs()
    {
        var random = new Random(18);
        for (var round = 0; round < 500; round++)
        {
            var a = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 5)).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 5)).ToArray();
            var matches = SequenceDiff.Matches(a, b);
            AssertCommonSubsequence(a, b, matches);
            Assert.Equal(LcsLength(a, b), matches.Count);
        }
    }

    [Fact]
    public void Large_sequences_with_few_edits_keep_everything_else()
    {
        var a = Enumerable.Range(0, 20_000).ToArray();
        var b = a.Where(x => x % 1000 != 7).Concat(new[] { -1, -2 }).ToArray();
        var matches = SequenceDiff.Matches(a, b);
        AssertCommonSubsequence(a, b, matches);
        Assert.Equal(20_000 - 20, matches.Count);
    }

    [Fact]
    public void Word_diff_marks_insertions_and_deletions_in_order()
    {
        var ops = WordDiff.Compare("the canal carries water from the river", "the canal carries fresh water from the Amu Darya");
        Assert.Equal(new[] { "equal:the canal carries", "insert:fresh", "equal:water from the", "delete:river", "insert:Amu Darya" },
            ops.Select(o => $"{o.Kind.ToString().ToLowerInvariant()}:{o.Text}"));
    }

    [Theory]
    [InlineData("210", "240", "+14%")]
    [InlineData("$1,200", "$1,150", "−4.2%")]
    [InlineData("40%", "30%", "−25%")]
    [InlineData("12 km", "12 km", "±0%")]
    [InlineData("0", "5", null)]
    [InlineData("12 km", "12 mi", null)]
    [InlineData("Joint operations", "Joint patrols", null)]
    public void Numbers_get_their_relative_change(string before, string after, string? expected) =>
        Assert.Equal(expected, NumberChange.Describe(before, after));

    private static void AssertCommonSubsequence(int[] a, int[] b, List<(int A, int B)> matches)
    {
        for (var k = 0; k < matches.Count; k++)
        {
            Assert.Equal(a[matches[k].A], b[matches[k].B]);
            if (k > 0) Assert.True(matches[k].A > matches[k - 1].A && matches[k].B > matches[k - 1].B);
        }
    }

    private static int LcsLength(int[] a, int[] b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                dp[i, j] = a[i - 1] == b[j - 1] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
        return dp[a.Length, b.Length];
    }
}
