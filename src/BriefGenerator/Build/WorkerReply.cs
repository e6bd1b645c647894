namespace BriefGenerator.Build;

/// <summary>One brief as a worker built it: its outcomes, its cache entry (null when it has none) and the bug that
/// stopped it (null when none did).</summary>
internal sealed record WorkerReply(string Slug, IReadOnlyList<BriefOutcome> Outcomes, CacheEntry? Entry, WorkerException? Bug);
