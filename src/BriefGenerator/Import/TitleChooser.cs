using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>Picks the brief's title. In order: <c>--title</c>; the first line, when it looks like a title (a
/// <c>#</c> heading, or a short line without a final period) — it is then taken out of the body; the first
/// heading; the first sentence of the first paragraph or list item, cut to <see cref="MaxWords"/> words.</summary>
public static partial class TitleChooser
{
    /// <summary>Longest title made from a sentence, in words (an ellipsis marks the cut).</summary>
    public const int MaxWords = 12;

    /// <summary>Title-like first line: consumed before headings are looked for. Returns the title or null.</summary>
    public static string? TakeFirstLine(List<ImportBlock> blocks)
    {
        if (blocks.Count == 0) return null;
        var title = blocks[0] switch
        {
            ImportHeading h => h.Text,
            ImportParagraph p when HeadingRule.LooksLikeHeading(p.Text) => p.Text,
            _ => null,
        };
        if (title is not null) blocks.RemoveAt(0);
        return title;
    }

    /// <summary>A title from the body once headings are known: the first heading, else the first sentence.</summary>
    public static string? FromBody(IReadOnlyList<ImportBlock> blocks)
    {
        if (blocks.OfType<ImportHeading>().FirstOrDefault() is { } h) return h.Text;
        var text = blocks.Select(b => b switch
        {
            ImportParagraph p => p.Text,
            ImportList l => l.Items[0].Replace("**", ""),
            _ => null,
        }).FirstOrDefault(t => t is not null);
        return text is null ? null : FirstSentence(text);
    }

    /// <summary>The first sentence of <paramref name="text"/> without its final stop, cut to <see cref="MaxWords"/> words.</summary>
    public static string FirstSentence(string text)
    {
        var m = SentenceEnd().Match(text);
        var sentence = (m.Success ? text[..m.Index] : text).Trim().TrimEnd('.', ':', ';', ',', '!', '?').Trim();
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords) return sentence;
        return string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':', '.') + "…";
    }

    // The stop must follow a lower-case letter or a closing bracket/quote, so "U.S." or "Dr." rarely end a sentence.
    [GeneratedRegex(@"(?<=[\p{Ll}\p{N})""”’])[.!?](?=\s+\p{Lu}|$)")]
    private static partial Regex SentenceEnd();
}
