using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>A brief file as the build cache last saw it: its size, modification and change times (one <c>lstat</c>)
/// and the digest of its bytes. A later build that finds the same size and times trusts the digest instead of reading
/// and hashing the file again. Sound because any write, truncation, <c>touch</c>, <c>chmod</c> or file renamed onto
/// the path sets the change time to the present, which no program can set back; and only a file left alone for
/// <see cref="Settle"/> before it was looked at gets a stamp, so an edit within the same clock tick as the look (which
/// could keep both times) cannot be missed. <c>brief build --verify</c> reads every brief again.</summary>
public sealed record BriefStamp(long Bytes, long ModifiedNs, long ChangedNs, string Digest)
{
    /// <summary>How long a file must have been left alone before its stamp is kept (2 s, in nanoseconds).</summary>
    public const long Settle = 2_000_000_000;

    /// <summary>The digest of the brief at <paramref name="path"/>: <paramref name="known"/>'s when the file's size and
    /// times are still the stamped ones, else read and hashed now. The stamp to keep is null when the file is not a
    /// regular file, the platform gives no change time, or the file changed within <see cref="Settle"/>.</summary>
    public static (string Digest, BriefStamp? Stamp, FileKind Kind) Take(string path, BriefStamp? known) => Take(path, known, null);

    /// <summary><see cref="Take(string, BriefStamp?)"/> with the present given (tests), in nanoseconds since 1970.</summary>
    internal static (string Digest, BriefStamp? Stamp, FileKind Kind) Take(string path, BriefStamp? known, long? nowNs)
    {
        var meta = FileStat.Meta(path);
        var trusted = meta.Kind == FileKind.Regular && meta.ChangedNs != 0;
        if (trusted && known is not null && known.Bytes == meta.Length && known.ModifiedNs == meta.ModifiedNs && known.ChangedNs == meta.ChangedNs)
            return (known.Digest, known, meta.Kind);
        // Looked at before reading: a change while reading moves the change time past the stamp's.
        var now = nowNs ?? (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        var digest = InputFingerprint.FileDigest(path);
        var settled = trusted && Math.Max(meta.ModifiedNs, meta.ChangedNs) < now - Settle;
        return (digest, settled ? new BriefStamp(meta.Length, meta.ModifiedNs, meta.ChangedNs, digest) : null, meta.Kind);
    }
}
