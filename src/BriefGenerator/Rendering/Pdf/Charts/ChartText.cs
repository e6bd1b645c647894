using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>How a chart sets its labels: one face and size (the table text role's), measured with the brief's fonts.</summary>
internal sealed class ChartText
{
    private readonly FontSet _fonts;
    private readonly RunStyle _style;

    public ChartText(FontSet fonts, StyleRole role)
    {
        _fonts = fonts;
        _style = RunStyle.Of(role);
        Size = role.Size;
    }

    public double Size { get; }

    /// <summary>Distance between baselines.</summary>
    public double LineHeight => Size * 1.25;

    /// <summary>From the top of a line to its baseline.</summary>
    public double Ascent => Size * 0.92;

    /// <summary>Width of <paramref name="text"/> set with font fallback (a character the face lacks comes from the next).</summary>
    public double Width(string text) => Shape(text).Sum(f => f.Width);

    private IEnumerable<Fragment> Shape(string text) => _fonts.Shape(new StyledRun(text, _style), Diagnostics.SourceSpan.None);

    /// <summary>Words set in lines at most <paramref name="width"/> wide, at most <paramref name="maxLines"/> of them
    /// (the last ends in "…" when words are left over; a word wider than the width stays whole).</summary>
    public IReadOnlyList<string> Wrap(string text, double width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var tried = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(tried) > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = tried;
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count <= maxLines) return lines;
        var kept = lines.Take(maxLines).ToList();
        kept[^1] += "…";
        return kept;
    }

    /// <summary>Draws <paramref name="text"/> with its top at <paramref name="top"/>, its left, centre or right edge at
    /// <paramref name="x"/> (<paramref name="align"/> -1, 0 or 1).</summary>
    public void Draw(IPdfCanvas canvas, string text, double x, double top, int align, string color)
    {
        if (text.Length == 0) return;
        var fragments = Shape(text).ToList();
        var w = fragments.Sum(f => f.Width);
        var left = align switch { < 0 => x, 0 => x - w / 2, _ => x - w };
        foreach (var f in fragments)
        {
            if (!f.IsSpace) canvas.DrawText(f.Text, f.Face, Size, color, left, top + Ascent);
            left += f.Width;
        }
    }
}
