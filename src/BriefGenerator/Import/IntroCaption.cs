using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>Reads a table caption out of the sentence that introduces the table (the last sentence of the
/// paragraph before it, which must end with ':').
/// <list type="bullet">
/// <item>"… below is a table summarizing anticipated benefits of X:" → "Anticipated benefits of X" (also showing,
/// listing, comparing, outlining, of, on …; a leading "the" is dropped).</item>
/// <item>"Key elements include:" / "Initiatives may include:" / "The options are as follows:" → "Key elements",
/// "Initiatives", "The options" (a lead-in clause before a comma is dropped; a phrase ending in a pronoun such as
/// "Among them" is refused).</item>
/// <item>Any other sentence of at most <see cref="MaxWords"/> words, without its colon.</item>
/// </list></summary>
public static partial class IntroCaption
{
    /// <summary>Longest introducing sentence used whole as a caption.</summary>
    public const int MaxWords = 12;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
        { "them", "these", "those", "this", "that", "it", "they", "we", "which", "others" };

    /// <summary>The caption, or null when the paragraph does not introduce a table.</summary>
    public static string? From(string paragraph)
    {
        var text = paragraph.Trim();
        if (!text.EndsWith(':')) return null;
        var sentence = LastSentence(text)[..^1].Trim();
        string? caption = null;
        if (TablePhrase().Match(sentence) is { Success: true } t) caption = t.Groups["x"].Value;
        else if (Includes().Match(sentence) is { Success: true } inc)
        {
            var x = inc.Groups["x"].Value;
            var comma = x.LastIndexOf(", ", StringComparison.Ordinal);
            if (comma >= 0) x = x[(comma + 2)..];
            var last = x.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            if (!Pronouns.Contains(last)) caption = x;
        }
        else if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords) caption = sentence;
        caption = caption?.Trim().TrimEnd('.', ',', ';', ':').Trim();
        return string.IsNullOrEmpty(caption) ? null : char.ToUpperInvariant(caption[0]) + caption[1..];
    }

    private static string LastSentence(string text)
    {
        var matches = SentenceBreak().Matches(text);
        return matches.Count == 0 ? text : text[(matches[^1].Index + matches[^1].Length)..];
    }

    [GeneratedRegex(@"(?<=[\p{Ll}\p{N})""”’][.!?])\s+(?=\S)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\btables?\s+(?:(?:below|above|here)\s+)?(?:(?:that|which)\s+)?(?:summari[sz]ing|summari[sz]es|showing|shows|listing|lists|comparing|compares|outlining|outlines|detailing|details|presenting|presents|illustrating|illustrates|highlighting|highlights|of|on|with|for)\s+(?:the\s+)?(?<x>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TablePhrase();

    [GeneratedRegex(@"^(?<x>\S.*?)\s+(?:(?:may|might|will|could|can|would|should)\s+)?(?:include|includes|are|is|were|was)(?:\s+(?:as\s+follows|the\s+following|below|listed\s+below|shown\s+below|summari[sz]ed\s+below))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Includes();
}
