using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>A table caption paragraph: <c>Table: Caption text {#tbl-id}</c>, written right before or after a table.
/// Its other attributes (<c>chart=bar x="…" y="…"</c>) are in <see cref="Attributes"/>.</summary>
public sealed partial record TableCaption(string Text, string? Id)
{
    /// <summary>Every attribute of the caption's <c>{…}</c> suffix.</summary>
    public BlockAttributes Attributes { get; init; } = BlockAttributes.None;

    /// <summary>Reads a caption from a paragraph's source text; null when the paragraph is not a caption.</summary>
    public static TableCaption? TryParse(string paragraphSource)
    {
        if (!paragraphSource.AsSpan().TrimStart().StartsWith("Table:", StringComparison.Ordinal)) return null;
        var m = Pattern().Match(paragraphSource.Trim());
        if (!m.Success) return null;
        var (text, attrs) = BlockAttributes.Split(m.Groups["rest"].Value);
        return new TableCaption(text.Trim(), attrs.Id) { Attributes = attrs };
    }

    [GeneratedRegex(@"^Table:\s*(?<rest>[\s\S]*)$")]
    private static partial Regex Pattern();
}
