namespace BriefGenerator.Rendering;

/// <summary>What a renderer made: the file's bytes and, for formats with fixed pages, how many pages it has
/// (null where the reader's program decides the pagination, as for DOCX).</summary>
public sealed record RenderedOutput(byte[] Bytes, int? Pages);
