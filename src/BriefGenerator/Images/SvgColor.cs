using System.Globalization;

namespace BriefGenerator.Images;

/// <summary>SVG paint values as <c>#RRGGBB</c>: hex (#rgb, #rrggbb), <c>rgb(r, g, b)</c> (numbers or percentages), the
/// basic colour keywords and <c>none</c> (null). Anything else (a gradient reference) keeps the inherited paint.</summary>
internal static class SvgColor
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "#000000", ["white"] = "#FFFFFF", ["red"] = "#FF0000", ["green"] = "#008000", ["blue"] = "#0000FF",
        ["yellow"] = "#FFFF00", ["gray"] = "#808080", ["grey"] = "#808080", ["silver"] = "#C0C0C0", ["maroon"] = "#800000",
        ["purple"] = "#800080", ["fuchsia"] = "#FF00FF", ["lime"] = "#00FF00", ["olive"] = "#808000", ["navy"] = "#000080",
        ["teal"] = "#008080", ["aqua"] = "#00FFFF", ["orange"] = "#FFA500", ["currentColor"] = "#000000",
        ["steelblue"] = "#4682B4", ["darkgreen"] = "#006400", ["darkblue"] = "#00008B", ["lightgray"] = "#D3D3D3",
        ["lightgrey"] = "#D3D3D3", ["darkgray"] = "#A9A9A9", ["darkgrey"] = "#A9A9A9", ["brown"] = "#A52A2A",
    };

    public static string? Parse(string value, string? inherited)
    {
        var v = value.Trim();
        if (v == "none" || v == "transparent") return null;
        if (v == "inherit") return inherited;
        if (Named.TryGetValue(v, out var named)) return named;
        if (v.StartsWith('#'))
        {
            var h = v[1..];
            if (h.Length == 3) h = string.Concat(h.Select(c => $"{c}{c}"));
            return h.Length == 6 && int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _) ? "#" + h.ToUpperInvariant() : inherited;
        }
        if (v.StartsWith("rgb(", StringComparison.OrdinalIgnoreCase) && v.EndsWith(')'))
        {
            var parts = v[4..^1].Split(',');
            if (parts.Length != 3) return inherited;
            var rgb = new int[3];
            for (var i = 0; i < 3; i++)
            {
                var p = parts[i].Trim();
                var percent = p.EndsWith('%');
                if (!double.TryParse(percent ? p[..^1] : p, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)) return inherited;
                rgb[i] = (int)Math.Round(Math.Clamp(percent ? x * 2.55 : x, 0, 255));
            }
            return $"#{rgb[0]:X2}{rgb[1]:X2}{rgb[2]:X2}";
        }
        return inherited;
    }
}
