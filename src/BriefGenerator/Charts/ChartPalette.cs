using System.Globalization;
using BriefGenerator.Theming;

namespace BriefGenerator.Charts;

/// <summary>Series colours from the theme: the accent colour first, then a light tint of it, the muted colour, the
/// quote rule colour and the link colour, then lighter tints of those; the same in PDF and DOCX.</summary>
public static class ChartPalette
{
    /// <summary>The colour (<c>#RRGGBB</c>) of series <paramref name="index"/> (0-based).</summary>
    public static string Color(ColorTheme colors, int index)
    {
        var baseColors = new[] { colors.Accent, Tint(colors.Accent, 0.5), colors.Muted, colors.QuoteRule, colors.Link };
        var round = index / baseColors.Length;
        var color = baseColors[index % baseColors.Length];
        return round == 0 ? color : Tint(color, Math.Min(0.8, 0.35 * round));
    }

    /// <summary>Mixes <paramref name="hex"/> with white: 0 keeps it, 1 is white.</summary>
    public static string Tint(string hex, double amount)
    {
        var h = hex.Trim().TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return hex;
        int Mix(int c) => (int)Math.Round(c + (255 - c) * amount);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix((v >> 16) & 0xFF):X2}{Mix((v >> 8) & 0xFF):X2}{Mix(v & 0xFF):X2}");
    }
}
