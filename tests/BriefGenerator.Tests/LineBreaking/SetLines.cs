using UglyToad.PdfPig.Content;

namespace BriefGenerator.Tests.LineBreaking;

/// <summary>Reads set lines back from a PDF page as a reader sees them: letters of one size grouped by baseline.</summary>
internal static class SetLines
{
    /// <summary>The page's lines of text at <paramref name="size"/> points, top to bottom, each left to right.</summary>
    public static List<List<Letter>> Of(Page page, double size) =>
        page.Letters.Where(l => Math.Abs(l.PointSize - size) < 0.01)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .ToList();

    /// <summary>How far the line's widest space was stretched, as a fraction of its own width (0: not at all): the
    /// distance from the space to the next letter, over the space's advance.</summary>
    /// <summary>How much wider than the maximum a gap may read: the gap is measured from the space's start to the next
    /// word's, so the font's kerning between a letter and a space (shaping applies it) adds up to about a seventh of a space.</summary>
    public const double KerningSlack = 0.15;

    public static double Stretch(List<Letter> line)
    {
        double most = 0;
        for (int i = 0; i + 1 < line.Count; i++)
        {
            if (line[i].Value != " " || line[i + 1].Value == " " || line[i].Width <= 0) continue;
            var gap = line[i + 1].StartBaseLine.X - line[i].StartBaseLine.X;
            most = Math.Max(most, gap / line[i].Width - 1);
        }
        return most;
    }

    /// <summary>True when the line ends inside a hyphenated word: its last letter is the soft hyphen the layout drew.</summary>
    public static bool Hyphenated(List<Letter> line) => line.LastOrDefault(l => l.Value != " ")?.Value == "\u00AD";

    /// <summary>The most hyphenated lines in a row among <paramref name="lines"/>.</summary>
    public static int MostHyphensInARow(IEnumerable<List<Letter>> lines)
    {
        int run = 0, most = 0;
        foreach (var line in lines)
        {
            run = Hyphenated(line) ? run + 1 : 0;
            most = Math.Max(most, run);
        }
        return most;
    }
}
