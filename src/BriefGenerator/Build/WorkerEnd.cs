namespace BriefGenerator.Build;

/// <summary>A worker's last frame: the folder digests it computed.</summary>
internal sealed record WorkerEnd(IReadOnlyList<KeyValuePair<string, (string Stamp, string Digest)>> Folders);
