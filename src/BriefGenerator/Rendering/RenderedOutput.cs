namespace BriefGenerator.Rendering;

/// <summary>What a renderer made: the file's bytes and, for formats with fixed pages, how many pages it has
/// (null where the reader's program decides the pagination, as for DOCX). When the renderer wrote the file as it went
/// (<see cref="Spooled"/>), <see cref="Bytes"/> is empty.</summary>
public sealed record RenderedOutput(byte[] Bytes, int? Pages)
{
    /// <summary>The temporary file the output was written to instead of <see cref="Bytes"/>; null when it is in memory.</summary>
    public SpooledFile? Spooled { get; init; }
}
