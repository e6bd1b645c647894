namespace BriefGenerator.Build;

/// <summary>A file the build wrote: where, which format, its size, SHA-256 and page count (PDF only).</summary>
public sealed record OutputFile(string Path, string Format, long Bytes, string Sha256, int? Pages);
