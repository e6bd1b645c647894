namespace BriefGenerator.Rendering;

/// <summary>What a renderer made: the file's bytes and, for formats with fixed pages, how many pages it has
/// (null where the reader's program decides the pagination, as for DOCX). When the renderer wrote the file as it went
/// (<see cref="Spooled"/>), <see cref="Bytes"/> is empty. The bytes may be in a lent buffer (<see cref="Lease"/>):
/// <see cref="Release"/> hands it back once nothing reads them any more.</summary>
public sealed record RenderedOutput(ReadOnlyMemory<byte> Bytes, int? Pages)
{
    /// <summary>The temporary file the output was written to instead of <see cref="Bytes"/>; null when it is in memory.</summary>
    public SpooledFile? Spooled { get; init; }

    /// <summary>The lent buffer <see cref="Bytes"/> lies in; null when they are an array of their own.</summary>
    public OutputBytes? Lease { get; init; }

    /// <summary>An output whose bytes are in <paramref name="lease"/>.</summary>
    public static RenderedOutput Lent(OutputBytes lease, int? pages) => new(lease.Memory, pages) { Lease = lease };

    /// <summary>The bytes as an array of their own (a copy when they are in a lent buffer, which is then handed back).</summary>
    public byte[] TakeArray()
    {
        if (Lease is { } lease) return lease.ToArrayAndDispose();
        return System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array : Bytes.ToArray();
    }

    /// <summary>Hands the lent buffer back (nothing when there is none). The bytes must not be read after.</summary>
    public void Release() => Lease?.Dispose();
}
