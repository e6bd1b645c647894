using BriefGenerator.Caching;
namespace BriefGenerator.Images;

/// <summary>An image read and checked once per build, shared by every renderer and template: its file's bytes (a JPEG is
/// passed through to the PDF as it is), its size in pixels and, for a raster image, its pixels decoded once (8-bit RGBA).
/// <see cref="Key"/> (the SHA-256 of the bytes) lets a renderer embed one image used twice only once.</summary>
public sealed class LoadedImage
{
    internal LoadedImage(ImageFormat format, byte[] bytes, int width, int height, int components, byte[]? rgba)
    {
        Format = format;
        Bytes = bytes;
        Width = width;
        Height = height;
        Components = components;
        Key = Convert.ToHexString(Caching.Sha256.HashData(bytes));
        Rgba = rgba;
    }

    /// <summary>PNG, JPEG or SVG.</summary>
    public ImageFormat Format { get; }

    /// <summary>The file's bytes as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>Width in pixels (an SVG: in its own units, from its viewBox or width).</summary>
    public int Width { get; }

    /// <summary>Height in pixels (an SVG: in its own units).</summary>
    public int Height { get; }

    /// <summary>Colour components the file stores: 1 grey, 2 grey and alpha, 3 RGB, 4 RGBA (PNG) or CMYK (JPEG).</summary>
    public int Components { get; }

    /// <summary>True for a PNG with an alpha channel or transparency.</summary>
    public bool HasAlpha { get; init; }

    /// <summary>True for a CMYK (or YCCK) JPEG.</summary>
    public bool Cmyk => Format == ImageFormat.Jpeg && Components == 4;

    /// <summary>True when a CMYK JPEG has an Adobe APP14 marker: its values are stored inverted (Photoshop's way).</summary>
    public bool AdobeInverted { get; init; }

    /// <summary>The parsed drawing of an SVG; null for raster images.</summary>
    public SvgDrawing? Svg { get; init; }

    /// <summary>SHA-256 of <see cref="Bytes"/>, upper-case hex: the same image read twice has the same key.</summary>
    public string Key { get; }

    /// <summary>Width over height.</summary>
    public double Aspect => Height == 0 ? 1 : (double)Width / Height;

    /// <summary>The pixels as 8-bit RGBA, decoded once when the image was loaded, for a PNG and a CMYK JPEG; null for
    /// other JPEGs (passed through as they are) and SVG.</summary>
    public byte[]? Rgba { get; }
}
