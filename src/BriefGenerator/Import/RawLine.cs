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
    /// <summary>Leading white space of the line, in characters (a tab counts as one).</summary>
    public int Indent { get; init; }

    /// <summary>How wide the line is: its indentation and its text, without trailing white space.</summary>
    public int Width => Indent + Text.Length;

    /// <summary>Classifies one line.</summary>
    public static RawLine Classify(int number, string line)
    {
        var expanded = line.Replace('\t', ' ');
        return Shape(number, expanded.Trim()) with { Indent = expanded.Length - expanded.TrimStart().Length };
    }

    private static RawLine Shape(int number, string t)
    {
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

    /// <summary>Splits a raw article into classified lines (any line ending). Form feeds (page breaks in text
    /// taken from a PDF) are dropped, and so is a line that holds nothing else, so that a paragraph broken across
    /// two pages is not split by a blank line; line numbers still count every line.</summary>
    public static IReadOnlyList<RawLine> Split(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select((l, i) => (Line: l, Number: i + 1))
            .Where(l => !(l.Line.Contains('\f') && string.IsNullOrWhiteSpace(l.Line)))
            .Select(l => Classify(l.Number, l.Line.Replace("\f", "")))
            .ToList();

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
