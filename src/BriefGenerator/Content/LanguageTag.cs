using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>A light BCP 47 check: language, optional script, region and variants (<c>en-US</c>, <c>uz-Latn-UZ</c>).</summary>
public static partial class LanguageTag
{
    /// <summary>True when the tag has the shape of a BCP 47 language tag.</summary>
    public static bool IsWellFormed(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex Pattern();
}
