using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>Plain text from a line of inline Markdown (for ids, metadata and plain summaries).</summary>
public static partial class InlineText
{
    /// <summary>"**Bold** and [a link](#x)" → "Bold and a link".</summary>
    public static string Plain(string markdown)
    {
        var s = LinkPattern().Replace(markdown, "$1");
        s = s.Replace("**", "").Replace("__", "").Replace("`", "");
        s = EmphasisPattern().Replace(s, "$1");
        return WhiteSpace().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(?<![\w*])[*_]([^*_]+)[*_](?![\w*])")]
    private static partial Regex EmphasisPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
