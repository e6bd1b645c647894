using System.Text.RegularExpressions;

namespace BriefGenerator.Document;

/// <summary>Recognises table cells that hold a number or a date, which tables never break inside and whose columns
/// are right-aligned when the author gave no alignment.</summary>
public static partial class NumericText
{
    private const string Num = @"[~≈<>≤≥±+\-−]?(?:US\$|A\$|C\$|\$|€|£|¥|₹)?\s?(?:\d{1,3}(?:[,\u00A0\u202F\u2009']\d{3})+|\d+)(?:[.,]\d+)?\s?(?:%|‰|pp|bn|mn|m|k|x|×|M|B|K)?\*?";
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";
    private const string Date = @"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\d{1,2}\s)?" + Month + @"(?:\s\d{1,2},?)?\s\d{4}|(?:Q[1-4]|H[12]|FY)\s?\d{2,4}|" + Month + ")";

    [GeneratedRegex("^\\(?" + Num + @"(?:\s?(?:[–—\-/]|to)\s?" + Num + ")?\\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^" + Date + @"(?:\s?[–—\-/]\s?" + Date + ")?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:[–—\-−]|n/?a|N/?A|\.\.|…|\?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>True for a number, amount, percentage or numeric range: <c>12.5</c>, <c>US$ 1,200</c>, <c>−3 %</c>, <c>40–45</c>.</summary>
    public static bool IsNumber(string text) => text.Trim() is { Length: > 0 and < 60 } t && NumberPattern().IsMatch(t);

    /// <summary>True for a date or a period: <c>2019–2023</c>, <c>March 2024</c>, <c>12 Mar 2024</c>, <c>2024-03-12</c>, <c>Q3 2024</c>.</summary>
    public static bool IsDate(string text) => text.Trim() is { Length: > 0 and < 60 } t && DatePattern().IsMatch(t);

    /// <summary>True when a cell must be set on one line: a number or a date.</summary>
    public static bool IsUnbreakable(string text) => IsNumber(text) || IsDate(text);

    /// <summary>True when every non-empty cell is a number but not a year or period (placeholders such as "–" or "n/a" allowed) and at least
    /// one is: such a column is right-aligned unless the author aligned it.</summary>
    public static bool IsNumericColumn(IEnumerable<string> cells)
    {
        var any = false;
        foreach (var raw in cells)
        {
            var cell = raw.Trim();
            if (cell.Length == 0 || Placeholder().IsMatch(cell)) continue;
            if (!IsNumber(cell) || IsDate(cell)) return false; // years and periods are labels, not quantities
            any = true;
        }
        return any;
    }

    /// <summary>The plain text of inlines (text and code, through emphasis and links).</summary>
    public static string Plain(IEnumerable<Inline> inlines) => PlainText.Of(inlines);
}
