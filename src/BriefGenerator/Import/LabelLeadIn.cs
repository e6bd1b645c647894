using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>A list item that starts with a short label and a colon ("Counterterrorism initiatives: Joint training …")
/// gets the label in bold: <c>**Counterterrorism initiatives:** Joint training …</c>.</summary>
public static partial class LabelLeadIn
{
    /// <summary>Most words a label may have before its colon.</summary>
    public const int MaxWords = 6;

    /// <summary>The item with its lead-in label emboldened, or unchanged when it has none.</summary>
    public static string Apply(string item)
    {
        var m = Pattern().Match(item);
        if (!m.Success) return item;
        var label = m.Groups["label"].Value;
        if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return item;
        var rest = m.Groups["rest"].Value;
        return rest.Length == 0 ? $"**{label}:**" : $"**{label}:** {rest}";
    }

    // A label has a letter, no Markdown emphasis or link characters, no sentence end inside, and its colon is
    // followed by a space or the end (so "https://…" and "10:30" are not labels).
    [GeneratedRegex(@"^(?<label>[^\s:*_`\[\]|<>][^:*_`\[\]|<>]{0,79}?(?<![.!?])):(?:\s+(?<rest>.*))?$")]
    private static partial Regex Pattern();
}
