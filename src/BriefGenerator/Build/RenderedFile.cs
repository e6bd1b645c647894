namespace BriefGenerator.Build;

/// <summary>An output rendered in memory, not yet written.</summary>
public sealed record RenderedFile(string Path, string Format, byte[] Bytes, int? Pages);
