using System.Text;

namespace BriefGenerator.Diff;

/// <summary>Escapes text so Markdown prints it as written.</summary>
public static class MarkdownText
{
    /// <summary>Backslash before every character Markdown could read as markup.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (ch is '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
