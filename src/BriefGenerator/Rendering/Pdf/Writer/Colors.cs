using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Theme colours (<c>#RRGGBB</c>) as the three DeviceRGB operands of <c>rg</c>/<c>RG</c>, e.g.
/// <c>0.122 0.306 0.475</c>; anything that is not such a colour is black.</summary>
internal static class Colors
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The operands for <paramref name="hex"/>.</summary>
    public static byte[] Of(string hex) => Cache.GetOrAdd(hex, static h =>
    {
        var (r, g, b) = Rgb(h);
        return Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Round(r)} {Round(g)} {Round(b)}"));
    });

    /// <summary>The colour's channels, 0–255 each.</summary>
    public static (int R, int G, int B) Rgb(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return (0, 0, 0);
        return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    private static string Round(int channel) => Math.Round(channel / 255.0, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
