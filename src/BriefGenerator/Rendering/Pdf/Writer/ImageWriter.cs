using BriefGenerator.Images;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes an image XObject. A JPEG in RGB or grey is passed through as it is (DCTDecode, never re-encoded). A
/// PNG is its decoded pixels, 8 bits a channel, compressed losslessly (FlateDecode), its alpha a soft mask (SMask) when
/// any pixel is not opaque. A CMYK JPEG is set as its RGB pixels the same way: PDF/A-2 with the sRGB output intent does
/// not allow DeviceCMYK (ISO 19005-2 6.2.4.3), and the decoder has already applied Adobe's inverted CMYK.</summary>
internal static class ImageWriter
{
    /// <summary>Writes <paramref name="image"/> as object <paramref name="number"/> (and its mask, if any).</summary>
    public static void Write(PdfFileWriter file, int number, LoadedImage image)
    {
        var d = new PdfBuffer(256);
        d.Bytes("/Type/XObject/Subtype/Image/Width "u8).Int(image.Width).Bytes("/Height "u8).Int(image.Height).Bytes("/BitsPerComponent 8"u8);
        if (image.Format == ImageFormat.Jpeg && !image.Cmyk)
        {
            d.Bytes(image.Components == 1 ? "/ColorSpace/DeviceGray"u8 : "/ColorSpace/DeviceRGB"u8);
            file.EncodedStream(number, d.Span, "/DCTDecode", image.Bytes);
            return;
        }
        var rgba = image.Rgba!;
        var pixels = image.Width * image.Height;
        var rgb = new byte[pixels * 3];
        var alpha = new byte[pixels];
        var translucent = false;
        for (int i = 0, j = 0; i < pixels; i++, j += 4)
        {
            rgb[3 * i] = rgba[j]; rgb[3 * i + 1] = rgba[j + 1]; rgb[3 * i + 2] = rgba[j + 2];
            alpha[i] = rgba[j + 3];
            translucent |= alpha[i] != 255;
        }
        d.Bytes("/ColorSpace/DeviceRGB"u8);
        if (translucent)
        {
            int mask = file.Allocate();
            d.Bytes("/SMask "u8).Ref(mask);
            var m = new PdfBuffer(128);
            m.Bytes("/Type/XObject/Subtype/Image/Width "u8).Int(image.Width).Bytes("/Height "u8).Int(image.Height)
                .Bytes("/ColorSpace/DeviceGray/BitsPerComponent 8"u8);
            file.Stream(mask, m.Span, alpha);
        }
        file.Stream(number, d.Span, rgb);
    }
}
