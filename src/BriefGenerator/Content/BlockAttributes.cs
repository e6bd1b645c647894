using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>The <c>{#id .class key=value key="quoted value"}</c> attribute suffix that headings, captions and paragraphs
/// may end with (Pandoc's attribute syntax). Keys are read case-insensitively; a repeated key keeps its last value.</summary>
public sealed partial record BlockAttributes(string? Id, IReadOnlyList<string> Classes)
{
    /// <summary>No attributes.</summary>
    public static BlockAttributes None { get; } = new(null, Array.Empty<string>());

    /// <summary>The <c>key=value</c> pairs, in the order written (a repeated key once, with its last value).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The value of <paramref name="key"/> (any case), or null.</summary>
    public string? Value(string key) =>
        Values.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Splits a trailing attribute block off <paramref name="text"/>: "Title {#x .y k=v}" → ("Title", #x .y k=v).</summary>
    public static (string Text, BlockAttributes Attributes) Split(string text)
    {
        // The suffix ends the text (but for white space): text whose last other character is not '}' has none, and
        // is answered without the pattern, which would try it from every position.
        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] != '}') return (text, None);
        var m = Suffix().Match(text);
        if (!m.Success) return (text, None);
        string? id = null;
        var classes = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match part in Part().Matches(m.Groups["attrs"].Value))
        {
            if (part.Groups["id"].Success) id = part.Groups["id"].Value;
            else if (part.Groups["class"].Success) classes.Add(part.Groups["class"].Value);
            else values[part.Groups["key"].Value] = part.Groups["quoted"].Success ? part.Groups["quoted"].Value : part.Groups["bare"].Value;
        }
        return (text[..m.Index].TrimEnd(), new BlockAttributes(id, classes) { Values = values });
    }

    private const string Item = @"(?:[#.][^\s{}#.""=][^\s{}""=]*|[A-Za-z][\w-]*=(?:""[^""{}]*""|[^\s{}""]+))";

    [GeneratedRegex(@"\s*\{(?<attrs>\s*(?:" + Item + @"\s*)+)\}\s*$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"#(?<id>[^\s{}#.""=][^\s{}""=]*)|\.(?<class>[^\s{}#.""=][^\s{}""=]*)|(?<key>[A-Za-z][\w-]*)=(?:""(?<quoted>[^""{}]*)""|(?<bare>[^\s{}""]+))")]
    private static partial Regex Part();
}
