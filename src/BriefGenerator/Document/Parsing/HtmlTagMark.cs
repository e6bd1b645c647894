using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace BriefGenerator.Document.Parsing;

/// <summary>An inline HTML tag while a container's inlines are converted; <see cref="HtmlInlineFolder"/> then turns
/// it into what it means (superscript, subscript, line break, image alt text) or into its literal text. Never left in
/// the document tree.</summary>
internal sealed partial record HtmlTagMark(string Name, bool Closing, bool IsComment, string Raw) : Inline
{
    /// <summary>Reads a Markdig inline HTML node.</summary>
    public static HtmlTagMark From(HtmlInline html)
    {
        var raw = html.Tag ?? "";
        if (raw.StartsWith("<!--", StringComparison.Ordinal)) return new HtmlTagMark("", false, true, raw);
        var m = TagName().Match(raw);
        return new HtmlTagMark(m.Success ? m.Groups["name"].Value.ToLowerInvariant() : "", m.Success && m.Groups["close"].Success, false, raw);
    }

    /// <summary>The value of an attribute (<c>alt</c> of an <c>img</c>), or null.</summary>
    public string? Attribute(string name) => AttributeOf(Raw, name);

    /// <summary>The value of an attribute in an HTML tag's source, or null.</summary>
    public static string? AttributeOf(string raw, string name)
    {
        foreach (Match m in Attributes().Matches(raw))
            if (string.Equals(m.Groups["key"].Value, name, StringComparison.OrdinalIgnoreCase))
                return System.Net.WebUtility.HtmlDecode(m.Groups["dq"].Success ? m.Groups["dq"].Value : m.Groups["sq"].Success ? m.Groups["sq"].Value : m.Groups["bare"].Value);
        return null;
    }

    [GeneratedRegex(@"^<(?<close>/)?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"(?<key>[A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+))")]
    private static partial Regex Attributes();
}
