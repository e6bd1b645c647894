namespace BriefGenerator.Files;

/// <summary>What one <c>lstat</c> says about a path: its kind, length (regular files), last modification and last
/// status change, in nanoseconds since 1970 (UTC). Any write, truncation, rename onto the path, <c>touch</c> or
/// <c>chmod</c> moves the change time to the clock's present, and no program can set it back; 0 where the platform
/// does not say.</summary>
public readonly record struct FileMeta(FileKind Kind, long Length, long ModifiedNs, long ChangedNs);
