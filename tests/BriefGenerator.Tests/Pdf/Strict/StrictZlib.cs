using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>Decodes FlateDecode data as strictly as zlib itself (RFC 1950): a valid two-byte header, a deflate stream
/// that reaches its final block, and the Adler-32 of the output in the last four bytes, checked here by hand.</summary>
public static class StrictZlib
{
    /// <summary>The decoded data; throws <see cref="InvalidDataException"/> when the data is not complete zlib.</summary>
    public static byte[] Decode(byte[] data)
    {
        if (data.Length < 6) throw new InvalidDataException($"{data.Length} bytes cannot be a zlib stream");
        if ((data[0] & 0x0F) != 8 || (data[0] << 8 | data[1]) % 31 != 0 || (data[1] & 0x20) != 0)
            throw new InvalidDataException($"bad zlib header {data[0]:X2} {data[1]:X2}");
        using var output = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress)) z.CopyTo(output);
        var decoded = output.ToArray();
        var expected = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(data.Length - 4));
        var actual = Adler32(decoded);
        if (expected != actual)
            throw new InvalidDataException($"the last four bytes are not the Adler-32 of the {decoded.Length} decoded bytes (stream truncated?): {expected:X8} vs {actual:X8}");
        return decoded;
    }

    /// <summary>RFC 1950 §8.2.</summary>
    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }
}
