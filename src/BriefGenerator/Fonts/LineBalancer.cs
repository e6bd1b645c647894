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
        // The search tries the same lines again and again at different widths: each run of words is joined and
        // measured once (measure is a function of the text alone, so the widths and the lines are as before).
        var widths = new RunWidths(words, measure);
        var lines = Greedy(words.Length, widths, width);
        if (lines.Count < 2) return Lines(words, lines);
        double low = widths.Of(0, 0), high = width;
        for (var w = 1; w < words.Length; w++) low = Math.Max(low, widths.Of(w, w));
        for (var i = 0; i < 24 && high - low > 0.5; i++)
        {
            var mid = (low + high) / 2;
            if (Greedy(words.Length, widths, mid).Count <= lines.Count) high = mid;
            else low = mid;
        }
        return Lines(words, Greedy(words.Length, widths, high));
    }

    /// <summary>The lines greedy breaking at <paramref name="width"/> gives (for estimating a block's height).</summary>
    public static IReadOnlyList<string> Greedy(string text, Func<string, double> measure, double width)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Lines(words, Greedy(words.Length, new RunWidths(words, measure), width));
    }

    // Greedy breaking over word indices: each line's (first, last) word. A line takes the next word while the words
    // joined by single spaces measure no more than the width (a line's first word always fits).
    private static List<(int First, int Last)> Greedy(int count, RunWidths widths, double width)
    {
        var lines = new List<(int, int)>();
        var first = -1;
        for (var k = 0; k < count; k++)
        {
            if (first < 0) { first = k; continue; }
            if (widths.Of(first, k) > width) { lines.Add((first, k - 1)); first = k; }
        }
        if (first >= 0) lines.Add((first, count - 1));
        return lines;
    }

    private static List<string> Lines(string[] words, List<(int First, int Last)> lines) =>
        lines.ConvertAll(l => string.Join(' ', words, l.First, l.Last - l.First + 1));

    // The measured width of words[first..last] joined by spaces, measured once per run.
    private sealed class RunWidths(string[] words, Func<string, double> measure)
    {
        private readonly Dictionary<(int, int), double> _known = new();

        public double Of(int first, int last)
        {
            if (_known.TryGetValue((first, last), out var w)) return w;
            return _known[(first, last)] = measure(string.Join(' ', words, first, last - first + 1));
        }
    }
}
