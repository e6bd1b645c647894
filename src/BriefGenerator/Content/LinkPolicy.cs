namespace BriefGenerator.Content;

/// <summary>Which link targets a brief may carry: http(s), mailto and internal <c>#id</c>.</summary>
public static class LinkPolicy
{
    /// <summary>True for an external target that renderers may turn into a live link.</summary>
    public static bool IsAllowed(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
