namespace BriefGenerator.Build;

/// <summary>What a build trusts about an output it wrote, instead of re-reading it: its size and its last-write time
/// (ticks, UTC), as <c>stat</c> reports them right after the write. Writing, truncating, touching or replacing the file
/// changes one of them; <c>brief build --verify</c> re-hashes the bytes for the rare edit that keeps both.</summary>
public sealed record FileStamp(long Bytes, long ModifiedTicks)
{
    /// <summary>The stamp of the regular file at <paramref name="path"/>; null when it is missing or not a regular file.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null) return null;
            return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
