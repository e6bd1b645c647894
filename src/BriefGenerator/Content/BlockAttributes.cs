using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>The <c>{#id .class}</c> attribute suffix that headings, captions and paragraphs may end with.</summary>
public sealed partial record BlockAttributes(string? Id, IReadOnlyList<string> Classes)
{
    /// <summary>No attributes.</summary>
    public static BlockAttributes None { get; } = new(null, Array.Empty<string>());

    /// <summary>Splits a trailing attribute block off <paramref name="text"/>: "Title {#x .y}" → ("Title", #x .y).</summary>
    public static (string Text, BlockAttributes Attributes) Split(string text)
    {
        var m = Suffix().Match(text);
        if (!m.Success) return (text, None);
        string? id = null;
        var classes = new List<string>();
        foreach (var part in m.Groups["attrs"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith('#') && part.Length > 1) id = part[1..];
            else if (part.StartsWith('.') && part.Length > 1) classes.Add(part[1..]);
        }
        return (text[..m.Index].TrimEnd(), new BlockAttributes(id, classes));
    }

    [GeneratedRegex(@"\s*\{(?<attrs>\s*(?:[#.][^\s{}#.][^\s{}]*\s*)+)\}\s*$")]
    private static partial Regex Suffix();
}
