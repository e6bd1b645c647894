namespace BriefGenerator.Images;

/// <summary>The kinds of image a figure or logo may be.</summary>
public enum ImageFormat
{
    /// <summary>PNG (any bit depth and colour type, interlaced or not).</summary>
    Png,
    /// <summary>JPEG (baseline or progressive; grey, RGB or CMYK).</summary>
    Jpeg,
    /// <summary>SVG, drawn as vectors.</summary>
    Svg,
}
