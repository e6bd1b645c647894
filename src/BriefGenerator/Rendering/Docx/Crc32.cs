namespace BriefGenerator.Rendering.Docx;

/// <summary>The CRC-32 that zip entries carry (IEEE 802.3, reflected, polynomial 0xEDB88320).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => ~Update(Start, data);

    /// <summary>The running state before any data (the checksum of a whole is <c>~Update(Start, …)</c>).</summary>
    public const uint Start = 0xFFFFFFFFu;

    /// <summary>The running state after <paramref name="data"/> follows the data <paramref name="crc"/> covers.</summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
