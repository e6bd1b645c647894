namespace BriefGenerator.Images;

/// <summary>The PNG a reader without SVG support shows instead of an SVG (Word's <c>svgBlip</c> fallback): the drawing
/// rasterised by <see cref="SvgRasterizer"/> at 150 pixels an inch of its size in points (at most 1,000 pixels a side).</summary>
public static class SvgRaster
{
    /// <summary>The fallback PNG of <paramref name="svg"/>.</summary>
    public static byte[] Png(SvgDrawing svg)
    {
        var scale = Math.Min(150.0 / 96, 1000 / Math.Max(svg.Width, svg.Height)); // SVG user units are CSS pixels, 96 an inch
        var width = Math.Max(1, (int)Math.Round(svg.Width * scale));
        var height = Math.Max(1, (int)Math.Round(svg.Height * scale));
        return PngWriter.Write(SvgRasterizer.Render(svg, width, height), width, height);
    }
}
