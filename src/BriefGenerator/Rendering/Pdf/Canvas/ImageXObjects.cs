using System.IO.Compression;
using BriefGenerator.Images;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>Gives each image XObject the data of its image. A JPEG in RGB or grey is passed through as it is
/// (DCTDecode, never re-encoded). A PNG is its decoded pixels, 8 bits a channel, compressed losslessly (FlateDecode), its
/// alpha a soft mask (SMask) when any pixel is not opaque. A CMYK JPEG is set as its RGB pixels the same way: PDF/A-2 with
/// the sRGB output intent does not allow DeviceCMYK (ISO 19005-2 6.2.4.3), and the decoder has already applied Adobe's
/// inverted CMYK.</summary>
internal static class ImageXObjects
{
    /// <summary>Fills the XObject of every placeholder drawn in <paramref name="document"/>.</summary>
    public static void Fill(PdfDocument document, IReadOnlyDictionary<XImage, LoadedImage> placeholders)
    {
        if (placeholders.Count == 0) return;
        foreach (var pdfImage in document.Internals.GetAllObjects().OfType<PdfImage>())
            if (placeholders.TryGetValue(pdfImage.Image, out var image)) Fill(document, pdfImage, image);
    }

    private static void Fill(PdfDocument document, PdfDictionary xobject, LoadedImage image)
    {
        var e = xobject.Elements;
        foreach (var key in new[] { "/SMask", "/Mask", "/Decode", "/DecodeParms", "/Interpolate", "/Filter" }) e.Remove(key);
        e.SetInteger("/Width", image.Width);
        e.SetInteger("/Height", image.Height);
        e.SetInteger("/BitsPerComponent", 8);
        if (image.Format == ImageFormat.Jpeg && !image.Cmyk)
        {
            e.SetName("/ColorSpace", image.Components == 1 ? "/DeviceGray" : "/DeviceRGB");
            e.SetName("/Filter", "/DCTDecode");
            xobject.Stream.Value = image.Bytes;
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
        e.SetName("/ColorSpace", "/DeviceRGB");
        e.SetName("/Filter", "/FlateDecode");
        xobject.Stream.Value = Deflate(rgb);
        if (!translucent) return;
        var mask = new PdfDictionary(document);
        document.Internals.AddObject(mask);
        mask.Elements.SetName("/Type", "/XObject");
        mask.Elements.SetName("/Subtype", "/Image");
        mask.Elements.SetInteger("/Width", image.Width);
        mask.Elements.SetInteger("/Height", image.Height);
        mask.Elements.SetName("/ColorSpace", "/DeviceGray");
        mask.Elements.SetInteger("/BitsPerComponent", 8);
        mask.Elements.SetName("/Filter", "/FlateDecode");
        mask.CreateStream(Deflate(alpha));
        e.SetReference("/SMask", mask);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return packed.ToArray();
    }
}
