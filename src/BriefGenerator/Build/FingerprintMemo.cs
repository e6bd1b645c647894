using System.Collections.Concurrent;

namespace BriefGenerator.Build;

/// <summary>What one build has already hashed: the digest of each template folder (and of the shared partials and
/// fonts) and the SHA-256 of each file a render read, so that 500 briefs naming one template hash its folder once,
/// not 500 times. Lives for one build only: the next build (a <c>watch</c> rebuild) starts afresh.</summary>
public sealed class FingerprintMemo
{
    /// <summary>Digest by key (a template folder, "shared", …).</summary>
    internal ConcurrentDictionary<string, string> Digests { get; } = new(StringComparer.Ordinal);

    /// <summary>The build's cache, which keeps the fonts folder's digest with its <see cref="FolderStamp"/> from one
    /// build to the next; null (hash the folder) for a dry run and with <c>--verify</c>.</summary>
    internal BuildCache? Cache { get; init; }

    /// <summary>SHA-256 of a file's current bytes by real path; null when it cannot be read.</summary>
    internal ConcurrentDictionary<string, string?> FileHashes { get; } = new(StringComparer.Ordinal);
}
