namespace BriefGenerator.Fonts;

/// <summary>Balanced line breaking for display text (cover titles): the same number of lines as greedy breaking at
/// the full width, but at the narrowest width that keeps that count, so the lines come out of even length and no
/// single word is left alone on the last line.</summary>
internal static class LineBalancer
{
    /// <summary>The lines of <paramref name="text"/> (words split at spaces) within <paramref name="width"/> points,
    /// measured by <paramref name="measure"/>.</summary>
    public static IReadOnlyList<string> Balance(string text, Func<string, double> measure, double width)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return new[] { string.Join(' ', words) };
        var lines = Greedy(words, measure, width);
        if (lines.Count < 2) return lines;
        double low = words.Max(measure), high = width;
        for (var i = 0; i < 24 && high - low > 0.5; i++)
        {
            var mid = (low + high) / 2;
            if (Greedy(words, measure, mid).Count <= lines.Count) high = mid;
            else low = mid;
        }
        return Greedy(words, measure, high);
    }

    /// <summary>The lines greedy breaking at <paramref name="width"/> gives (for estimating a block's height).</summary>
    public static IReadOnlyList<string> Greedy(string text, Func<string, double> measure, double width) =>
        Greedy(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), measure, width);

    private static List<string> Greedy(string[] words, Func<string, double> measure, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && measure(candidate) > width) { lines.Add(line); line = word; }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
