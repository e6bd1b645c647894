using System.Text;
using System.Text.RegularExpressions;
using BriefGenerator.Caching;

namespace BriefGenerator.Build;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (1-based), written <c>I/N</c>. A brief belongs to the shard
/// picked by a hash of its slug, so the partition is stable: it does not change when other briefs come or go, and
/// shards 1..N together hold every brief exactly once.</summary>
public sealed partial record Shard(int Index, int Count)
{
    /// <summary>Parses "I/N"; null when the text is not a valid shard.</summary>
    public static Shard? TryParse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        var i = int.Parse(m.Groups[1].Value);
        var n = int.Parse(m.Groups[2].Value);
        return n >= 1 && i >= 1 && i <= n && n <= 10_000 ? new Shard(i, n) : null;
    }

    /// <summary>True when the brief with this slug is in this shard.</summary>
    public bool Contains(string slug)
    {
        var digest = Sha256.HashData(Encoding.UTF8.GetBytes(slug));
        var value = BitConverter.ToUInt64(digest, 0);
        return (int)(value % (ulong)Count) == Index - 1;
    }

    public override string ToString() => $"{Index}/{Count}";

    [GeneratedRegex(@"^(\d{1,5})/(\d{1,5})$")]
    private static partial Regex Pattern();
}
