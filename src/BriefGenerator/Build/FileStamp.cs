using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>What a build trusts about an output it wrote, instead of re-reading it: its size and its last-write time
/// (ticks, UTC), as <c>stat</c> reports them right after the write. Writing, truncating, touching or replacing the file
/// changes one of them; <c>brief build --verify</c> re-hashes the bytes for the rare edit that keeps both.</summary>
public sealed record FileStamp(long Bytes, long ModifiedTicks)
{
    /// <summary>The stamp of the regular file at <paramref name="path"/>; null when it is missing or not a regular file.</summary>
    public static FileStamp? Of(string path)
    {
        // One lstat (a link, a folder or nothing there has no stamp); the time as FileInfo.LastWriteTimeUtc gives it.
        var meta = FileStat.Meta(path);
        return meta.Kind == FileKind.Regular ? new FileStamp(meta.Length, DateTime.UnixEpoch.Ticks + meta.ModifiedNs / 100) : null;
    }
}
