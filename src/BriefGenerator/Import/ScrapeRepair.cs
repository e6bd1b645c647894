using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>Conservative fixes for artefacts that scraping leaves in prose. Each fix only inserts a space or
/// changes a letter's case; no text is ever removed.</summary>
public static partial class ScrapeRepair
{
    /// <summary>Fixes inside any text (paragraphs, headings, list items, cells):
    /// runs of spaces become one; a missing space after a sentence's final <c>.</c>, <c>!</c> or <c>?</c> before a
    /// capital ("Asia.A recent" → "Asia. A recent"; needs two lower-case letters before the stop, so "U.S.Army" and
    /// "e.g.The" stay); a missing space after a comma between lower-case letters ("stability,reducing").</summary>
    public static string Inline(string text)
    {
        var t = Spaces().Replace(text.Trim(), " ");
        t = SentenceJoin().Replace(t, "$1 ");
        t = CommaJoin().Replace(t, ", ");
        return t;
    }

    /// <summary><see cref="Inline"/>, and a paragraph (or a line that becomes a heading) whose first word is all lower case gets a capital first letter
    /// ("the reaffirmation …" → "The reaffirmation …"); a first word with capitals inside ("iPhone") is left alone.</summary>
    public static string Paragraph(string text)
    {
        var t = Inline(text);
        return LowerFirstWord().IsMatch(t) ? char.ToUpperInvariant(t[0]) + t[1..] : t;
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll})([.!?])(?=\p{Lu}(\p{Ll}|\s))")]
    private static partial Regex SentenceJoin();

    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}),(?=\p{Ll})")]
    private static partial Regex CommaJoin();

    [GeneratedRegex(@"^\p{Ll}+(\s|[,;:]|$)")]
    private static partial Regex LowerFirstWord();
}
