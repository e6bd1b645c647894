using System.Buffers.Binary;
using System.Text;

namespace BriefGenerator.Images;

/// <summary>What an image file's header declares, read without decoding a pixel: its format, size and colour
/// components. Dimensions are checked against <see cref="ImageLimits"/> before the decoder is given the file.</summary>
internal sealed record ImageHeader(ImageFormat Format, long Width, long Height, int Components, bool Alpha, bool AdobeInverted)
{
    /// <summary>The header of <paramref name="bytes"/>, or null when it is not a PNG, JPEG or SVG (or is cut short).</summary>
    public static ImageHeader? Read(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png(bytes);
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8) return Jpeg(bytes);
        return LooksLikeSvg(bytes) ? new ImageHeader(ImageFormat.Svg, 0, 0, 4, true, false) : null;
    }

    // IHDR is the first chunk: width, height, bit depth, colour type. A tRNS chunk also means transparency.
    private static ImageHeader? Png(byte[] b)
    {
        if (b.Length < 33 || Encoding.ASCII.GetString(b, 12, 4) != "IHDR") return null;
        var width = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16));
        var height = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20));
        var colorType = b[25];
        var components = colorType switch { 0 => 1, 2 => 3, 3 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (components == 0) return null;
        var alpha = colorType is 4 or 6 || b.AsSpan().IndexOf("tRNS"u8) > 0;
        return new ImageHeader(ImageFormat.Png, width, height, components, alpha, false);
    }

    // Walks the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC): height, width, components. An
    // APP14 "Adobe" marker before it means CMYK values are stored inverted.
    private static ImageHeader? Jpeg(byte[] b)
    {
        var at = 2;
        var adobe = false;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF) return null;
            var marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > b.Length) return null;
            if (marker == 0xEE && length >= 7 && Encoding.ASCII.GetString(b, at + 4, 5) == "Adobe") adobe = true;
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 8) return null;
                var height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 7));
                int components = b[at + 9];
                return components is 1 or 3 or 4 ? new ImageHeader(ImageFormat.Jpeg, width, height, components, false, adobe && components == 4) : null;
            }
            at += 2 + length;
        }
        return null;
    }

    private static bool LooksLikeSvg(byte[] b)
    {
        var head = Encoding.UTF8.GetString(b, 0, Math.Min(b.Length, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!head.StartsWith('<')) return false;
        return head.Contains("<svg", StringComparison.Ordinal);
    }
}
