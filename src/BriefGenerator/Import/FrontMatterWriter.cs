using System.Text;
using System.Text.RegularExpressions;

namespace BriefGenerator.Import;

/// <summary>Writes the YAML front matter of an imported brief: title, date, language and templates.
/// Values are written plain when YAML reads them back as the same string, else double-quoted.</summary>
public static partial class FrontMatterWriter
{
    /// <summary>The front matter block, from the opening to the closing <c>---</c> line, with a final newline.</summary>
    public static string Write(string title, DateOnly date, string language)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(Scalar(title)).Append('\n');
        sb.Append("date: ").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("language: ").Append(Scalar(language)).Append('\n');
        sb.Append("templates: [policy-brief]\n");
        sb.Append("---\n");
        return sb.ToString();
    }

    /// <summary>A YAML scalar for <paramref name="value"/>: plain when safe, else double-quoted with escapes.</summary>
    public static string Scalar(string value) => NeedsQuotes(value) ? Quote(value) : value;

    private static bool NeedsQuotes(string v) =>
        v.Length == 0 || v.Trim() != v || "-?:,[]{}#&*!|>'\"%@`".Contains(v[0])
        || v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal) || v.EndsWith(':')
        || v.Any(c => c < ' ' || c == '\\' || c == '\u0085' || c == '\u2028' || c == '\u2029')
        || Special().IsMatch(v);

    private static string Quote(string v)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in v)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or '\u0085' or '\u2028' or '\u2029': sb.Append($"\\u{(int)c:X4}"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    // Words and shapes YAML would read as something other than a string (booleans, null, numbers, dates).
    [GeneratedRegex(@"^(?:y|n|yes|no|true|false|on|off|null|~|[-+]?(\.\d+|\d[\d_]*(\.\d*)?)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan|\d{4}-\d\d?-\d\d?.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Special();
}
