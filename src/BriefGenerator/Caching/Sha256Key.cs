using System.Runtime.InteropServices;

namespace BriefGenerator.Caching;

/// <summary>The SHA-256 of some bytes, as a compact key for content-keyed caches: equal keys mean equal content (a
/// collision is not a practical concern).</summary>
public readonly record struct Sha256Key(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The key of <paramref name="data"/>.</summary>
    public static Sha256Key Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        Sha256.HashData(data, hash);
        var words = MemoryMarshal.Cast<byte, ulong>(hash);
        return new Sha256Key(words[0], words[1], words[2], words[3]);
    }
}
