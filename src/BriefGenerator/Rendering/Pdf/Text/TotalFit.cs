namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Total-fit line breaking in the manner of Knuth and Plass: of all the ways to break a paragraph, the one
/// whose lines together cost least. A justified line costs by how far its spaces must stretch or shrink (badness
/// 100·r³), a hyphen adds a penalty, a second hyphenated line in a row more, and a third is ruled out while any other
/// choice exists. Ragged text keeps the fewest lines (as many as first fit) and among those evens out the right edge.</summary>
internal static class TotalFit
{
    private const double LinePenalty = 10, HyphenPenalty = 50, DoubleHyphenDemerits = 3000;
    private const double Infeasible = 1e8;       // a line stretched past the maximum: only when nothing else fits
    private const double ThirdHyphen = 1e16;     // a third hyphenated line in a row: worse than any loose line
    private const double ComfortableStretch = 0.5;
    private const double RaggedLine = 1e9;        // ragged text: one more line outweighs any unevenness
    private const double RaggedStretch = 0.3;     // ragged text: the slack (a share of the width) that costs badness 100

    /// <summary>The index of each line's last piece.</summary>
    public static List<int> Breaks(List<Word> pieces, double maxWidth, bool justify, double maxStretch)
    {
        int n = pieces.Count;
        const int States = ParagraphSettings.MaxHyphensInARow + 1;
        // cost[b + 1, h]: the best breaking of pieces 0..b with h hyphenated lines ending there; cost[0, 0]: the start.
        // The tables are this thread's, reused from paragraph to paragraph (a brief sets hundreds): every entry read
        // is written first, cost filled with infinity and the others cleared.
        var scratch = t_scratch ??= new Scratch();
        var (cost, from, fromState) = scratch.Tables(n + 1, States);
        var widths = scratch.Widths(n + 1);
        var glues = scratch.Glues(n + 1);
        cost[0, 0] = 0;
        for (int i = 0; i < n; i++) { widths[i + 1] = widths[i] + pieces[i].Width; glues[i + 1] = glues[i] + pieces[i].SpaceWidth; }
        for (int b = 0; b < n; b++)
        {
            bool last = b == n - 1 || pieces[b].HardBreak;
            bool hyphen = pieces[b].Hyphen is not null && !last;
            for (int a = b; a >= 0; a--)
            {
                if (a < b && pieces[a].HardBreak) break; // a line never runs across a hard break
                double glue = glues[b] - glues[a];
                double natural = widths[b + 1] - widths[a] + glue + (hyphen ? pieces[b].HyphenWidth : 0);
                double shrink = justify && !last ? glue * ParagraphSettings.MaxShrink : 0;
                if (a < b && natural - shrink > maxWidth + 0.01) break; // longer lines only get wider
                double line = LineCost(natural, glue, maxWidth, justify, last, maxStretch) + (hyphen ? HyphenPenalty * HyphenPenalty : 0);
                for (int h = 0; h < States; h++)
                {
                    if (double.IsPositiveInfinity(cost[a, h])) continue;
                    int next = hyphen ? h + 1 : 0;
                    double total = cost[a, h] + line;
                    if (hyphen && h > 0) total += DoubleHyphenDemerits;
                    if (next >= States) { next = States - 1; total += ThirdHyphen; }
                    if (total < cost[b + 1, next]) { cost[b + 1, next] = total; from[b + 1, next] = a; fromState[b + 1, next] = h; }
                }
            }
        }
        int state = 0;
        for (int h = 1; h < States; h++) if (cost[n, h] < cost[n, state]) state = h;
        var ends = new List<int>();
        for (int end = n; end > 0;)
        {
            ends.Add(end - 1);
            int a = from[end, state];
            state = fromState[end, state];
            end = a;
        }
        ends.Reverse();
        return ends;
    }

    [ThreadStatic] private static Scratch? t_scratch;

    // One thread's tables, grown to the longest paragraph set so far; the views cover rows 0..rows-1 only.
    private sealed class Scratch
    {
        private double[] _cost = [], _widths = [], _glues = [];
        private int[] _from = [], _fromState = [];

        public (Table<double> Cost, Table<int> From, Table<int> FromState) Tables(int rows, int states)
        {
            var size = rows * states;
            if (_cost.Length < size)
            {
                var grown = Math.Max(size, 2 * _cost.Length);
                (_cost, _from, _fromState) = (new double[grown], new int[grown], new int[grown]);
            }
            _cost.AsSpan(0, size).Fill(double.PositiveInfinity);
            _from.AsSpan(0, size).Clear();
            _fromState.AsSpan(0, size).Clear();
            return (new Table<double>(_cost, states), new Table<int>(_from, states), new Table<int>(_fromState, states));
        }

        public double[] Widths(int length) => Zeroed(ref _widths, length);

        public double[] Glues(int length) => Zeroed(ref _glues, length);

        private static double[] Zeroed(ref double[] array, int length)
        {
            if (array.Length < length) array = new double[Math.Max(length, 2 * array.Length)];
            array.AsSpan(0, length).Clear();
            return array;
        }
    }

    // A two-dimensional view (row, state) of a flat array, read and written as the rectangular arrays were.
    private readonly struct Table<T>(T[] items, int states)
    {
        public ref T this[int row, int state] => ref items[row * states + state];
    }

    private static double LineCost(double natural, double glue, double maxWidth, bool justify, bool last, double maxStretch)
    {
        double slack = maxWidth - natural;
        if (!justify)
        {
            if (last) return RaggedLine;
            double r = Math.Max(0, slack) / (maxWidth * RaggedStretch);
            return RaggedLine + Square(LinePenalty + 100 * r * r * r);
        }
        if (last) return Square(LinePenalty) + (slack < -0.01 ? Infeasible : 0);
        if (slack < 0)
        {
            double shrink = glue * ParagraphSettings.MaxShrink;
            double r = shrink > 0 ? -slack / shrink : 1;
            return Square(LinePenalty + 100 * r * r * r);
        }
        if (glue <= 0 || slack / glue > maxStretch)
        {
            // Too loose: set at the maximum and left short. Costs grow with the square of the excess, so two lines a
            // little short beat one with a gaping hole, and any line within the maximum beats both.
            double excess = glue > 0 ? slack / glue - maxStretch : slack / (maxWidth * 0.05);
            return Infeasible * (1 + excess * excess);
        }
        // Badness 100 where spaces grow by half their width (TeX's stretch for a word space), whatever the maximum.
        double ratio = slack / (glue * ComfortableStretch);
        return Square(LinePenalty + 100 * ratio * ratio * ratio);
    }

    private static double Square(double x) => x * x;
}
