using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefGenerator.Images;

/// <summary>Writes 8-bit RGBA pixels as a plain PNG (RGB, or RGBA when any pixel is not opaque; not interlaced): the one
/// form every PNG a brief uses (16-bit, interlaced, palette, grey) is handed on in, losslessly at 8 bits a channel.
/// Deterministic: the same pixels give the same bytes.</summary>
public static class PngWriter
{
    /// <summary>The PNG file for <paramref name="rgba"/> (<paramref name="width"/> × <paramref name="height"/>).</summary>
    public static byte[] Write(byte[] rgba, int width, int height)
    {
        var alpha = false;
        for (var i = 3; i < rgba.Length; i += 4) if (rgba[i] != 255) { alpha = true; break; }
        var channels = alpha ? 4 : 3;
        var raw = new byte[(long)height * (1 + width * channels)];
        long at = 0;
        for (var y = 0; y < height; y++)
        {
            raw[at++] = 0; // filter: none
            var row = (long)y * width * 4;
            for (var x = 0; x < width; x++, row += 4)
            {
                raw[at++] = rgba[row]; raw[at++] = rgba[row + 1]; raw[at++] = rgba[row + 2];
                if (alpha) raw[at++] = rgba[row + 3];
            }
        }
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = (byte)(alpha ? 6 : 2);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", packed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Rendering.Docx.Crc32.Compute(typed));
        png.Write(word);
    }
}
