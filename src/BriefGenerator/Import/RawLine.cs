using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>One line of a raw article, classified by its own shape.</summary>
/// <param name="Number">1-based line number in the raw file.</param>
/// <param name="Text">The line, trimmed.</param>
/// <param name="Kind">What the line looks like.</param>
/// <param name="Content">The text without its list marker or heading hashes (the trimmed line otherwise).</param>
/// <param name="Ordinal">The number of a numbered item, or the level of a Markdown heading; 0 otherwise.</param>
public sealed partial record RawLine(int Number, string Text, RawLineKind Kind, string Content, int Ordinal)
{
    /// <summary>Classifies one line.</summary>
    public static RawLine Classify(int number, string line)
    {
        var t = line.Replace('\t', ' ').Trim();
        if (t.Length == 0) return new(number, t, RawLineKind.Blank, t, 0);
        if (t.Contains('|') && Delimiter().IsMatch(t)) return new(number, t, RawLineKind.TableDelimiter, t, 0);
        if (Rule().IsMatch(t)) return new(number, t, RawLineKind.Rule, t, 0);
        if (Heading().Match(t) is { Success: true } h)
            return new(number, t, RawLineKind.MarkdownHeading, h.Groups["text"].Value.Trim(), h.Groups["hashes"].Length);
        if (Bullet().Match(t) is { Success: true } b) return new(number, t, RawLineKind.Bullet, b.Groups["text"].Value.Trim(), 0);
        if (Numbered().Match(t) is { Success: true } n)
            return new(number, t, RawLineKind.Numbered, n.Groups["text"].Value.Trim(), int.Parse(n.Groups["n"].Value));
        if (t.Contains('|')) return new(number, t, RawLineKind.TableRow, t, 0);
        return new(number, t, RawLineKind.Text, t, 0);
    }

    /// <summary>Splits a raw article into classified lines (any line ending).</summary>
    public static IReadOnlyList<RawLine> Split(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select((l, i) => Classify(i + 1, l)).ToList();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"^([-*_=])(\s*\1){2,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.*?)(\s+#+)?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[-*•▪◦‣]\s+(?<text>\S.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?<text>\S.*)$")]
    private static partial Regex Numbered();
}
