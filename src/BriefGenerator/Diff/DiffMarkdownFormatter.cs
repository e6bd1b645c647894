using System.Text;

namespace BriefGenerator.Diff;

/// <summary>The diff as Markdown for a pull-request comment or a CI job summary: a heading, the summary in bold, then
/// one list per group with deletions struck through and insertions in bold.</summary>
public static class DiffMarkdownFormatter
{
    /// <summary>The report as Markdown.</summary>
    public static string Format(DiffReport report)
    {
        var sb = new StringBuilder();
        sb.Append("### Changes in `").Append(report.NewName.Replace("`", "'")).Append("`\n\n");
        sb.Append("Compared with `").Append(report.OldName.Replace("`", "'")).Append("`: **")
          .Append(report.IsEqual ? "the briefs read the same" : report.Summary.Describe()).Append("**\n");
        string? group = null;
        foreach (var c in report.Changes)
        {
            var g = ChangePhrase.Group(c);
            if (g != group)
            {
                group = g;
                sb.Append("\n#### ").Append(MarkdownText.Escape(char.ToUpperInvariant(g[0]) + g[1..])).Append("\n\n");
            }
            sb.Append("- ").Append(ChangePhrase.Of(c, WordStyle.Markdown)).Append('\n');
        }
        return sb.ToString();
    }
}
