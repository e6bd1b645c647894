using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>Ids for sections and tables, and the slug rule for brief folders.</summary>
public static partial class Identifiers
{
    /// <summary>True for a valid slug: <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>True for a valid element id (letters, digits, '-', '_', ':', '.'; starts with a letter).</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Derives an id from a title the way pandoc does: lower case, accents dropped,
    /// punctuation removed, spaces to hyphens. "US and Uzbekistan: A Partnership" → "us-and-uzbekistan-a-partnership".</summary>
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var ch in title.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (char.IsWhiteSpace(ch) || ch is '-' or '_' or '–' or '—') sb.Append('-');
        }
        var id = MultiHyphen().Replace(sb.ToString(), "-").Trim('-');
        if (id.Length == 0) id = "section";
        if (!char.IsLetter(id[0])) id = "s-" + id;
        return id;
    }

    /// <summary>Makes <paramref name="id"/> unique within <paramref name="taken"/> by appending -1, -2, …</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        var candidate = id;
        for (var i = 1; taken.Contains(candidate); i++) candidate = $"{id}-{i}";
        taken.Add(candidate);
        return candidate;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N}_:.\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultiHyphen();
}
