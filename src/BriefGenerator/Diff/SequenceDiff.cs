namespace BriefGenerator.Diff;

/// <summary>Myers' O((N+M)·D) difference algorithm in linear space (the "middle snake" bisection): the longest common
/// subsequence of two sequences of symbols, as index pairs. Used for words, blocks and table rows alike; two tables of
/// 20,000 rows with a few edits cost a few passes over the rows and memory proportional to their length.</summary>
public static class SequenceDiff
{
    /// <summary>Edit distance beyond which a middle section is treated as having nothing in common, bounding the time
    /// for inputs that share almost nothing (tens of thousands of edits) to a fraction of a second. Callers pair what
    /// is left by position, so the result is still readable, only not minimal.</summary>
    public const int MaxEdits = 4096;

    /// <summary>Pairs (index in <paramref name="a"/>, index in <paramref name="b"/>) of equal symbols, both increasing.</summary>
    public static List<(int A, int B)> Matches(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var matches = new List<(int, int)>();
        Diff(a, b, 0, 0, matches);
        return matches;
    }

    private static void Diff(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int aBase, int bBase, List<(int, int)> matches)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) matches.Add((aBase + prefix, bBase + prefix++));
        a = a[prefix..]; b = b[prefix..]; aBase += prefix; bBase += prefix;
        var suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var aMid = a[..^suffix]; var bMid = b[..^suffix];
        if (aMid.Length > 0 && bMid.Length > 0 && Bisect(aMid, bMid) is var (x, y) && x >= 0)
        {
            Diff(aMid[..x], bMid[..y], aBase, bBase, matches);
            Diff(aMid[x..], bMid[y..], aBase + x, bBase + y, matches);
        }
        for (var i = 0; i < suffix; i++) matches.Add((aBase + aMid.Length + i, bBase + bMid.Length + i));
    }

    /// <summary>A point on an optimal edit path about half-way through it; (-1, -1) when the sequences share nothing.</summary>
    private static (int X, int Y) Bisect(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int n = a.Length, m = b.Length;
        var maxD = Math.Min((n + m + 1) / 2, MaxEdits);
        var offset = maxD;
        var length = 2 * maxD + 2;
        var v1 = new int[length];
        var v2 = new int[length];
        Array.Fill(v1, -1);
        Array.Fill(v2, -1);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        var delta = n - m;
        var front = (delta & 1) != 0;
        int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
        for (var d = 0; d < maxD; d++)
        {
            for (var k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
            {
                var k1Offset = offset + k1;
                var x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                var y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) { x1++; y1++; }
                v1[k1Offset] = x1;
                if (x1 > n) k1End += 2;
                else if (y1 > m) k1Start += 2;
                else if (front)
                {
                    var k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) return (x1, y1);
                }
            }
            for (var k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
            {
                var k2Offset = offset + k2;
                var x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                var y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) { x2++; y2++; }
                v2[k2Offset] = x2;
                if (x2 > n) k2End += 2;
                else if (y2 > m) k2Start += 2;
                else if (!front)
                {
                    var k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1)
                    {
                        var x1 = v1[k1Offset];
                        var y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) return (x1, y1);
                    }
                }
            }
        }
        return (-1, -1);
    }
}
