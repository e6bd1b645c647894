using System.IO.Compression;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A zip entry's payload, already deflated, with the checksum and size the zip headers need. Built once, it
/// can be written into any number of packages (embedded fonts are compressed once per process).</summary>
internal sealed record CompressedEntry(uint Crc32, long Length, byte[] Deflated)
{
    /// <summary>Deflates <paramref name="data"/> (raw deflate, as zip stores it).</summary>
    public static CompressedEntry Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        // The native binary's reused zlib stream when there is one (the same bytes: NativeDeflater).
        if (!NativeDeflater.TryDeflate(raw: true, data, buffer))
            using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        return new CompressedEntry(Docx.Crc32.Compute(data), data.Length, buffer.ToArray());
    }

    /// <summary>Deflates <paramref name="data"/> as a new DeflateStream does (the native binary's stream set up afresh, on
    /// reused memory: NativeDeflater.TryDeflateFresh), never through the thread's reset native stream.</summary>
    public static CompressedEntry DeflateFresh(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        if (!NativeDeflater.TryDeflateFresh(data, buffer))
            using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        return new CompressedEntry(Docx.Crc32.Compute(data), data.Length, buffer.ToArray());
    }
}
