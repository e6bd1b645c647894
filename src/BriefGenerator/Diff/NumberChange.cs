using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefGenerator.Diff;

/// <summary>The relative change between two cells that hold numbers (<c>210</c> → <c>240</c> is <c>+14%</c>); currency
/// signs, thousands separators and a trailing % or unit word are allowed, the same on both sides.</summary>
public static partial class NumberChange
{
    /// <summary>"+14%", "−3.5%"; null when either cell is not a number, the units differ or the old value is zero.</summary>
    public static string? Describe(string oldCell, string newCell)
    {
        if (Parse(oldCell) is not { } a || Parse(newCell) is not { } b || a.Unit != b.Unit || a.Value == 0) return null;
        var pct = (b.Value - a.Value) / Math.Abs(a.Value) * 100;
        var text = Math.Abs(pct) < 10 && Math.Round(pct) != pct ? pct.ToString("0.#", CultureInfo.InvariantCulture) : pct.ToString("0", CultureInfo.InvariantCulture);
        if (text is "0" or "-0") return "±0%";
        return (pct > 0 ? "+" : "−") + text.TrimStart('-') + "%";
    }

    private static (decimal Value, string Unit)? Parse(string cell)
    {
        var m = NumberPattern().Match(cell.Trim());
        if (!m.Success) return null;
        var digits = m.Groups["n"].Value.Replace(",", "").Replace("\u00A0", "").Replace("\u202F", "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        if (m.Groups["sign"].Value is "-" or "−") value = -value;
        return (value, m.Groups["pre"].Value + "|" + m.Groups["unit"].Value.Trim());
    }

    [GeneratedRegex(@"^(?<sign>[-−+]?)(?<pre>[$€£¥]?)\s?(?<n>\d{1,3}(?:[,\u00A0\u202F]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>\s?(?:%|[A-Za-z]{1,12}))?$")]
    private static partial Regex NumberPattern();
}
