using System.Text;

namespace BriefGenerator.Diff;

/// <summary>The readable diff: the two names, then the changes grouped under front matter, each section, notes and
/// links, then the summary line. Colour (red deletions, green insertions) only when asked for.</summary>
public static class DiffTextFormatter
{
    /// <summary>The report as text lines ending in "\n".</summary>
    public static string Format(DiffReport report, bool colour = false)
    {
        var style = colour ? WordStyle.Colour : WordStyle.Plain;
        var sb = new StringBuilder();
        sb.Append("--- ").Append(report.OldName).Append('\n');
        sb.Append("+++ ").Append(report.NewName).Append('\n');
        string? group = null;
        foreach (var c in report.Changes)
        {
            var g = ChangePhrase.Group(c);
            if (g != group)
            {
                group = g;
                sb.Append(colour ? $"\u001b[1m{g}\u001b[0m" : g).Append('\n');
            }
            sb.Append("  ").Append(ChangePhrase.Of(c, style)).Append('\n');
        }
        sb.Append(report.IsEqual ? "the briefs read the same" : report.Summary.Describe()).Append('\n');
        return sb.ToString();
    }
}
