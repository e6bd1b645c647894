using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>What the cache remembers of a brief's last successful build: its input fingerprint, the outcomes
/// (with their files), the warnings it gave, which a skipped build reports again, every file the render read
/// (real path → SHA-256 of the bytes read), each of which must be unchanged for the entry to be used, and the
/// <see cref="FileStamp"/> of every output (path → size and time) as written, and the brief file's own
/// <see cref="BriefStamp"/> (null until the file has been left alone for a moment).</summary>
public sealed record CacheEntry(
    string Fingerprint,
    IReadOnlyList<CachedOutcome> Outcomes,
    IReadOnlyDictionary<string, string>? Reads = null,
    IReadOnlyDictionary<string, FileStamp>? Stamps = null,
    BriefStamp? Source = null);
