using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>Escapes raw text so that Markdown reads it as the words it is, not as structure:
/// a leading <c>#</c>, <c>&gt;</c>, <c>+ </c>, <c>- </c>, <c>* </c> or <c>1.</c> would start a heading, quote or list;
/// a paragraph starting <c>Table:</c> would be a caption; <c>&lt;tag</c> would be raw HTML; a <c>```</c> or <c>~~~</c>
/// line would open a code block that swallows the rest; <c>[x]: url</c> would be an invisible link definition.</summary>
public static partial class MarkdownText
{
    /// <summary>Escapes text that starts a block (paragraph, heading, list item, cell).</summary>
    public static string Block(string text)
    {
        var t = Html().Replace(text, @"\<");
        if (t.Length == 0) return t;
        if (t[0] is '#' or '>') return "\\" + t;
        if (t[0] is ('+' or '-' or '*') && (t.Length == 1 || char.IsWhiteSpace(t[1]))) return "\\" + t;
        if (t.StartsWith("```", StringComparison.Ordinal) || t.StartsWith("~~~", StringComparison.Ordinal)) return "\\" + t;
        if (LinkDefinition().IsMatch(t)) return "\\" + t;
        if (ListNumber().Match(t) is { Success: true } m) return t.Insert(m.Groups["n"].Length, "\\");
        if (t.StartsWith("Table:", StringComparison.Ordinal)) return "Table\\:" + t[6..];
        return t;
    }

    /// <summary>Escapes text inside a line (a table cell, a caption): only <c>&lt;tag</c>.</summary>
    public static string Inline(string text) => Html().Replace(text, @"\<");

    [GeneratedRegex(@"<(?=[A-Za-z/!?])")]
    private static partial Regex Html();

    [GeneratedRegex(@"^(?<n>\d+)[.)](\s|$)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^\[[^\]]+\]:")]
    private static partial Regex LinkDefinition();
}
