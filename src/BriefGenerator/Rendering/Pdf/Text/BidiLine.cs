namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Orders a set line of a right-to-left paragraph for display (UAX #9, rules W7, N1, I1–I2 and L2 over whole
/// fragments): right-to-left words run from the right edge leftwards, while a run of left-to-right words or numbers
/// inside keeps its own order; the line's alignment is mirrored (text set flush left becomes flush right). The
/// fragments stay in logical order, only their positions change, so text is drawn, and extracted, in reading order.
/// A fragment is one face's piece of a word (<see cref="FontSet.Shape(StyledRun, Diagnostics.SourceSpan)"/>), so a word mixing scripts splits there.</summary>
internal static class BidiLine
{
    private enum Kind { Neutral, Left, Right, Number }

    /// <summary>The line laid out right to left within <paramref name="width"/>.</summary>
    public static TextLine Reorder(TextLine line, double width)
    {
        var frags = line.Fragments;
        if (frags.Count == 0) return line;
        var levels = Levels(frags);
        // L2: reverse every run at level 1 or more (the whole line), then every run at level 2.
        var order = Enumerable.Range(0, frags.Count).ToArray();
        Reverse(order, levels, 1);
        Reverse(order, levels, 2);
        double start = frags[0].X, used = frags[^1].X + frags[^1].Width - frags[0].X;
        double x = width - start - used;
        var placed = new PlacedFragment[frags.Count];
        foreach (var i in order)
        {
            placed[i] = frags[i] with { X = x };
            x += frags[i].Width;
        }
        return line with { Fragments = placed };
    }

    private static int[] Levels(IReadOnlyList<PlacedFragment> frags)
    {
        var kinds = frags.Select(f => KindOf(f.Fragment.Text)).ToArray();
        // W7: a number after left-to-right text (with nothing right to left in between) is left to right.
        var last = Kind.Right;
        for (int i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right) last = kinds[i];
            else if (kinds[i] == Kind.Number && last == Kind.Left) kinds[i] = Kind.Left;
        }
        var levels = new int[frags.Count];
        for (int i = 0; i < kinds.Length; i++)
        {
            var kind = kinds[i];
            if (kind == Kind.Neutral)
            {
                // N1: neutrals between two left-to-right strong kinds go with them; numbers count as right to left.
                var before = Strong(kinds, i, -1);
                var after = Strong(kinds, i, +1);
                kind = before == Kind.Left && after == Kind.Left ? Kind.Left : Kind.Right;
            }
            // I1–I2 at paragraph level 1: left-to-right text and numbers go up to level 2.
            levels[i] = kind == Kind.Right ? 1 : 2;
        }
        // L1: whitespace at the end of the line is at paragraph level.
        for (int i = frags.Count - 1; i >= 0 && frags[i].Fragment.Text.Trim().Length == 0; i--) levels[i] = 1;
        return levels;
    }

    private static Kind Strong(Kind[] kinds, int from, int step)
    {
        for (int i = from + step; i >= 0 && i < kinds.Length; i += step)
            if (kinds[i] != Kind.Neutral) return kinds[i] == Kind.Number ? Kind.Right : kinds[i];
        return Kind.Right; // the paragraph's own direction at either end
    }

    private static Kind KindOf(string text)
    {
        bool digit = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (TextDirection.IsStrongRightToLeft(rune.Value)) return Kind.Right;
            if (TextDirection.IsDigit(rune.Value)) digit = true;
            else if (System.Text.Rune.IsLetter(rune)) return Kind.Left;
        }
        return digit ? Kind.Number : Kind.Neutral;
    }

    // Reverses, in place, every maximal run of positions whose level is at least `level`.
    private static void Reverse(int[] order, int[] levels, int level)
    {
        for (int i = 0; i < order.Length;)
        {
            if (levels[order[i]] < level) { i++; continue; }
            int j = i;
            while (j + 1 < order.Length && levels[order[j + 1]] >= level) j++;
            Array.Reverse(order, i, j - i + 1);
            i = j + 1;
        }
    }
}
