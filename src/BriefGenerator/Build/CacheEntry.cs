using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>What the cache remembers of a brief's last successful build: its input fingerprint, the outcomes
/// (with their files) and the warnings it gave, which a skipped build reports again.</summary>
public sealed record CacheEntry(string Fingerprint, IReadOnlyList<CachedOutcome> Outcomes);

