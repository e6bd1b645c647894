using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefGenerator.Charts;

/// <summary>Reads and writes chart numbers the way the brief's language writes them: <c>1,234.5</c> in English,
/// <c>1 234,5</c> in French, Russian or German (<c>1.234,5</c> too). A currency sign before and a unit after the number
/// (<c>US$ 1,200</c>, <c>40%</c>, <c>3.5 bn</c>) are allowed and ignored: the column's header names the unit.</summary>
public static partial class ChartNumber
{
    // Languages that write a decimal comma (the rest write a decimal point).
    private static readonly HashSet<string> CommaLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "fr", "ru", "de", "es", "it", "pt", "nl", "pl", "uk", "uz", "kk", "tg", "ky", "tr", "cs", "sk", "sv", "fi", "nb",
        "nn", "no", "da", "ro", "hu", "bg", "hr", "sr", "sl", "lt", "lv", "et", "el", "id", "az", "be", "ka", "hy", "mn",
    };

    /// <summary>True when <paramref name="language"/> (BCP 47) writes a decimal comma.</summary>
    public static bool DecimalComma(string? language) =>
        CommaLanguages.Contains((language ?? "").Split('-', '_')[0].Trim());

    /// <summary>Reads a cell: (true, value) for a number, (true, null) for a blank or placeholder cell, (false, null) for
    /// anything else (a word, a range such as <c>3–5</c>, a number written the other language's way).</summary>
    public static (bool Ok, double? Value) Read(string cell, string? language)
    {
        var t = cell.Trim();
        if (t.Length == 0 || Placeholder().IsMatch(t)) return (true, null);
        var m = Shape().Match(t);
        if (!m.Success) return (false, null);
        var digits = m.Groups["n"].Value;
        var comma = DecimalComma(language);
        if (!(comma ? CommaDigits() : PointDigits()).IsMatch(digits)) return (false, null);
        var plain = comma
            ? digits.Replace(".", "").Replace("'", "").Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "").Replace("\u2009", "").Replace(',', '.')
            : digits.Replace(",", "").Replace("'", "").Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "").Replace("\u2009", "");
        if (!double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return (false, null);
        return (true, m.Groups["sign"].Value is "-" or "−" ? -v : v);
    }

    /// <summary>Writes <paramref name="value"/> with <paramref name="decimals"/> decimals and the language's separators
    /// (<c>12,500.5</c>; <c>12 500,5</c> with a narrow no-break space in French, a no-break space in Russian; <c>12.500,5</c> in German).</summary>
    public static string Format(double value, int decimals, string? language)
    {
        var text = Math.Abs(value).ToString("N" + Math.Clamp(decimals, 0, 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (DecimalComma(language))
        {
            var lang = (language ?? "").Split('-', '_')[0].ToLowerInvariant();
            var group = lang switch { "fr" => "\u202F", "de" or "nl" or "it" or "es" or "pt" or "id" or "tr" or "da" or "ro" or "hr" or "sl" or "el" => ".", _ => "\u00A0" };
            text = text.Replace(",", "\u0001").Replace(".", ",").Replace("\u0001", group);
        }
        return (value < 0 && text.Any(c => c is >= '1' and <= '9') ? "−" : "") + text;
    }

    /// <summary>Decimals needed to write multiples of <paramref name="step"/> exactly (0 for whole steps).</summary>
    public static int Decimals(double step)
    {
        for (var d = 0; d < 6; d++)
            if (Math.Abs(step * Math.Pow(10, d) - Math.Round(step * Math.Pow(10, d))) < 1e-9 * Math.Max(1, step * Math.Pow(10, d))) return d;
        return 6;
    }

    [GeneratedRegex(@"^(?<sign>[+\-−]?)\s?(?:US\$|A\$|C\$|\$|€|£|¥|₹)?\s?(?<n>\d[\d.,'\u00A0\u202F\u2009 ]*)\s?(?:%|‰|pp|bn|mn|m|k|M|B|K|x|×)?\*?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?:\d{1,3}(?:[,'\u00A0\u202F\u2009 ]\d{3})+|\d+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointDigits();

    [GeneratedRegex(@"^(?:\d{1,3}(?:[.'\u00A0\u202F\u2009 ]\d{3})+|\d+)(?:,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaDigits();

    [GeneratedRegex(@"^(?:[–—\-−]|n/?a|N/?A|\.\.|…)$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
