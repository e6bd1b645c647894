namespace BriefGenerator.Hyphenation;

/// <summary>One language's TeX hyphenation patterns and exceptions, applied with Liang's algorithm: every pattern that
/// occurs in the word (with its ends marked by dots) votes a number between letters; an odd maximum allows a hyphen.</summary>
internal sealed class LiangPatterns
{
    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _exceptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    /// <summary>Reads patterns (<c>.ach4 a1b2c</c>, whitespace separated) and exceptions (<c>ta-ble</c>).</summary>
    public LiangPatterns(string patterns, string exceptions)
    {
        foreach (var token in patterns.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new System.Text.StringBuilder(token.Length);
            var values = new List<byte> { 0 };
            foreach (var c in token)
            {
                if (char.IsAsciiDigit(c)) values[^1] = (byte)(c - '0');
                else { letters.Append(c); values.Add(0); }
            }
            _patterns[letters.ToString()] = values.ToArray();
            _longest = Math.Max(_longest, letters.Length);
        }
        foreach (var token in exceptions.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var points = new List<int>();
            int letters = 0;
            foreach (var c in token)
                if (c == '-') points.Add(letters);
                else letters++;
            _exceptions[token.Replace("-", "", StringComparison.Ordinal)] = points.ToArray();
        }
        _lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The offsets in the lower-case <paramref name="word"/> where a hyphen may go (a hyphen at offset i comes
    /// before the i-th character), at least <paramref name="left"/> letters from the start and <paramref name="right"/>
    /// from the end.</summary>
    public int[] Points(string word, int left, int right)
    {
        if (_exceptions.TryGetValue(word, out var fixedPoints))
            return fixedPoints.Where(p => p >= left && word.Length - p >= right).ToArray();
        var dotted = "." + word + ".";
        var votes = new byte[dotted.Length + 1];
        var span = dotted.AsSpan();
        for (int start = 0; start < dotted.Length; start++)
            for (int length = 1; length <= _longest && start + length <= dotted.Length; length++)
            {
                if (!_lookup.TryGetValue(span.Slice(start, length), out var values)) continue;
                for (int k = 0; k < values.Length; k++)
                    if (values[k] > votes[start + k]) votes[start + k] = values[k];
            }
        var result = new List<int>();
        // votes[j] sits before dotted[j], which is word[j - 1]: a break before word[i] is votes[i + 1].
        for (int i = left; i <= word.Length - right; i++)
            if ((votes[i + 1] & 1) == 1) result.Add(i);
        return result.ToArray();
    }
}
