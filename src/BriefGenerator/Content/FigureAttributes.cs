using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefGenerator.Content;

/// <summary>The attribute block of a figure: <c>#id</c>, <c>alt="text"</c> (the description for assistive
/// technology) and <c>width=80%</c> (of the text width, 1–100%) or <c>width=200pt</c> (points, 1–2000).</summary>
public sealed partial record FigureAttributes(string? Id, string? Alt, double? WidthPercent, double? WidthPoints)
{
    /// <summary>Parses the text between the braces; problems are messages for a diagnostic (the attribute is ignored).</summary>
    public static (FigureAttributes Attributes, IReadOnlyList<string> Problems) Parse(string text)
    {
        var problems = new List<string>();
        string? id = null, alt = null;
        double? percent = null, points = null;
        var at = 0;
        foreach (Match m in Attribute().Matches(text))
        {
            if (text[at..m.Index].Trim().Length > 0) problems.Add($"'{text[at..m.Index].Trim()}' is not an attribute (write key=value)");
            at = m.Index + m.Length;
            if (m.Groups["id"].Success) { id = m.Groups["id"].Value; continue; }
            if (m.Groups["class"].Success) continue;
            var key = m.Groups["key"].Value;
            var value = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            switch (key)
            {
                case "alt": alt = value.Trim(); break;
                case "width": (percent, points) = Width(value, problems); break;
                default: problems.Add($"unknown figure attribute '{key}' (figures take #id, alt=\"…\" and width=)"); break;
            }
        }
        if (text[at..].Trim().Length > 0) problems.Add($"'{text[at..].Trim()}' is not an attribute (write key=value)");
        return (new FigureAttributes(id, alt, percent, points), problems);
    }

    private static (double?, double?) Width(string value, List<string> problems)
    {
        var v = value.Trim();
        var percent = v.EndsWith('%');
        var pt = v.EndsWith("pt", StringComparison.Ordinal);
        var number = percent ? v[..^1] : pt ? v[..^2] : v;
        if (!(percent || pt) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
        {
            problems.Add($"width '{v}' must be a percentage of the text width (width=80%) or points (width=200pt)");
            return (null, null);
        }
        if (percent && n is >= 1 and <= 100) return (n, null);
        if (pt && n is >= 1 and <= 2000) return (null, n);
        problems.Add(percent ? $"width '{v}' must be from 1% to 100%" : $"width '{v}' must be from 1pt to 2000pt");
        return (null, null);
    }

    [GeneratedRegex(@"(?:#(?<id>[^\s{}=""#.][^\s{}=""]*)|\.(?<class>[^\s{}=""]+)|(?<key>[A-Za-z][\w-]*)\s*=\s*(?:""(?<quoted>[^""]*)""|(?<bare>[^\s""{}]+)))")]
    private static partial Regex Attribute();
}
