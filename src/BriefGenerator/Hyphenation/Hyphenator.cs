using System.Collections.Concurrent;

namespace BriefGenerator.Hyphenation;

/// <summary>Where words of one language may be hyphenated, by Liang's algorithm over the TeX patterns of that language
/// (<see cref="HyphenationLanguages"/>). Thread-safe; each word's answer is cached.</summary>
internal sealed class Hyphenator
{
    private const int CacheLimit = 200_000;
    private readonly LiangPatterns _patterns;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private int _cached; // ConcurrentDictionary.Count takes every lock of the dictionary: counted here instead

    public Hyphenator(string patternSet, LiangPatterns patterns, int left, int right)
    {
        PatternSet = patternSet;
        _patterns = patterns;
        Left = left;
        Right = right;
    }

    /// <summary>The hyph-utf8 pattern set, e.g. <c>en-us</c>, <c>de-1996</c>.</summary>
    public string PatternSet { get; }

    /// <summary>Fewest letters before a hyphen.</summary>
    public int Left { get; }

    /// <summary>Fewest letters after a hyphen.</summary>
    public int Right { get; }

    /// <summary>The offsets in <paramref name="text"/> (one word, possibly with punctuation around it) before which a
    /// hyphen may go. Only the letters between leading and trailing punctuation are hyphenated, and only when they are
    /// all letters and not all capitals (an acronym): "security," → "se|cu|ri|ty,"; "NATO", "COVID-19", "don’t" → none.</summary>
    public int[] Breaks(string text)
    {
        if (_cache.TryGetValue(text, out var cached)) return cached;
        var result = Compute(text);
        if (Volatile.Read(ref _cached) < CacheLimit && _cache.TryAdd(text, result)) Interlocked.Increment(ref _cached);
        return result;
    }

    private int[] Compute(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetter(text[start])) start++;
        while (end > start && !char.IsLetter(text[end - 1])) end--;
        if (end - start < Left + Right) return Array.Empty<int>();
        bool lower = false;
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i])) return Array.Empty<int>();
            if (!char.IsUpper(text[i])) lower = true;
        }
        if (!lower) return Array.Empty<int>();
        var core = text[start..end].ToLowerInvariant();
        if (core.Length != end - start) return Array.Empty<int>();
        var points = _patterns.Points(core, Left, Right);
        for (int i = 0; i < points.Length; i++) points[i] += start;
        return points;
    }
}
