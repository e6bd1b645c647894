using BriefGenerator.Caching;
namespace BriefGenerator.Build;

/// <summary>An output rendered, not yet in place: in memory, or in a temporary file beside its path
/// (<see cref="Spooled"/>, then <see cref="Bytes"/> is empty). Bytes in a lent buffer (<see cref="Lease"/>) are handed
/// back with <see cref="Release"/> once the file is written and hashed.</summary>
public sealed record RenderedFile(string Path, string Format, ReadOnlyMemory<byte> Bytes, int? Pages)
{
    /// <summary>The temporary file holding the output when the renderer wrote it as it went; null when in memory.</summary>
    public Rendering.SpooledFile? Spooled { get; init; }

    /// <summary>The lent buffer <see cref="Bytes"/> lies in; null when they are an array of their own.</summary>
    public Rendering.OutputBytes? Lease { get; init; }

    /// <summary>The output's size in bytes.</summary>
    public long Length => Spooled?.Length ?? Bytes.Length;

    /// <summary>The SHA-256 of the output, lower-case hex.</summary>
    public string Sha256 => Spooled?.Sha256 ?? Convert.ToHexStringLower(Caching.Sha256.HashData(Bytes.Span));

    /// <summary>Hands the lent buffer back (nothing when there is none). The bytes must not be read after.</summary>
    public void Release() => Lease?.Dispose();
}
