using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>A table caption paragraph: <c>Table: Caption text {#tbl-id}</c>, written right before or after a table.</summary>
public sealed partial record TableCaption(string Text, string? Id)
{
    /// <summary>Reads a caption from a paragraph's source text; null when the paragraph is not a caption.</summary>
    public static TableCaption? TryParse(string paragraphSource)
    {
        var m = Pattern().Match(paragraphSource.Trim());
        if (!m.Success) return null;
        var (text, attrs) = BlockAttributes.Split(m.Groups["rest"].Value);
        return new TableCaption(text.Trim(), attrs.Id);
    }

    [GeneratedRegex(@"^Table:\s*(?<rest>[\s\S]*)$")]
    private static partial Regex Pattern();
}
