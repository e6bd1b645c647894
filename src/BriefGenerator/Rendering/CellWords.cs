namespace BriefGenerator.Rendering;

/// <summary>The words of a table cell as the line breaker sees them: each word's width, the space after it and
/// whether a hard line break follows. Enough to count the lines the cell needs at any width without setting it.</summary>
public sealed record CellWords(double[] Widths, double[] Spaces, bool[] Breaks)
{
    /// <summary>The width of the cell set on one line (each hard break starts a new one).</summary>
    public double Natural
    {
        get
        {
            double best = 0, line = 0;
            for (var i = 0; i < Widths.Length; i++)
            {
                line += Widths[i] + Spaces[i];
                if (Breaks[i]) { best = Math.Max(best, line); line = 0; }
            }
            return Math.Max(best, line);
        }
    }

    /// <summary>Lines the cell needs at text width <paramref name="width"/>, breaking greedily as the PDF does (a word
    /// wider than the column is cut into column-wide pieces); at least one.</summary>
    public int Lines(double width)
    {
        width = Math.Max(width, 1);
        int lines = 0;
        double current = -1; // width of the line being filled; -1 while it is empty
        double space = 0;
        for (var i = 0; i < Widths.Length; i++)
        {
            var w = Widths[i];
            if (w > width)
            {
                if (current >= 0) lines++;
                var pieces = (int)Math.Ceiling(w / width - 1e-9);
                lines += pieces - 1;
                current = w - (pieces - 1) * width;
            }
            else if (current >= 0 && current + space + w > width + 0.01) { lines++; current = w; }
            else current = current < 0 ? w : current + space + w;
            space = Spaces[i];
            if (Breaks[i]) { lines++; current = -1; }
        }
        if (current >= 0) lines++;
        return Math.Max(1, lines);
    }
}
