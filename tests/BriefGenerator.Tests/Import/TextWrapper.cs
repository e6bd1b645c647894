using System.Text;
using System.Text.RegularExpressions;

namespace BriefGenerator.Tests.Import;

/// <summary>Hard-wraps a one-paragraph-a-line article the way an e-mail client or a terminal does: each line is
/// wrapped greedily at spaces to at most <c>width</c> columns (a word longer than that stays whole); table lines
/// (with a <c>|</c>) are left as they are, since a wrapped table row is no longer a row.</summary>
public static partial class TextWrapper
{
    /// <summary>Wraps <paramref name="raw"/>. List items get <paramref name="hangingIndent"/> before their
    /// continuation lines; with <paramref name="blankLines"/> a blank line separates blocks (each prose line, each run
    /// of list items, each run of table lines), as paragraphs are separated in a hard-wrapped e-mail.</summary>
    public static string Wrap(string raw, int width, string hangingIndent = "  ", bool blankLines = true)
    {
        var sb = new StringBuilder();
        string? previous = null;
        foreach (var line in raw.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            var kind = Kind(line);
            if (blankLines && previous is not null && (kind == "text" || kind != previous)) sb.Append('\n');
            previous = kind;
            if (kind == "table") sb.Append(line).Append('\n');
            else WrapLine(sb, line, width, kind == "item" ? hangingIndent : "");
        }
        return sb.ToString();
    }

    private static string Kind(string line) =>
        line.Trim().Length == 0 ? "blank" : line.Contains('|') ? "table" : Item().IsMatch(line) ? "item" : "text";

    private static void WrapLine(StringBuilder sb, string line, int width, string indent)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                sb.Append(current).Append('\n');
                current.Clear().Append(indent);
            }
            if (current.Length > 0 && current.ToString() != indent) current.Append(' ');
            current.Append(word);
        }
        sb.Append(current).Append('\n');
    }

    [GeneratedRegex(@"^([-*•]|\d{1,3}[.)])\s")]
    private static partial Regex Item();
}
