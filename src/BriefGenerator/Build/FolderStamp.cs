using System.Text;
using BriefGenerator.Caching;
using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>A folder's entries as the build cache last saw them (names, kinds, sizes, modification and change times,
/// one <c>lstat</c> each, and the folder's own), so that a later build can trust the digest of the folder's bytes
/// (the fonts: 7 MB read and hashed by every build) instead of hashing it again. Sound for the reason
/// <see cref="BriefStamp"/> is: a write, a rename onto a name or an added or removed entry moves a change time to the
/// present, which nothing can set back, and a folder is stamped only when nothing in it changed within
/// <see cref="BriefStamp.Settle"/> of the look. A folder holding a link (whose target can change unseen) or anything
/// but regular files gets no stamp and is hashed every time; <c>brief build --verify</c> hashes it too.</summary>
internal static class FolderStamp
{
    /// <summary>The stamp of the entries directly in <paramref name="folder"/>, or null when it cannot be trusted.</summary>
    public static string? Take(string folder, long? nowNs = null)
    {
        var now = nowNs ?? (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        var self = FileStat.Meta(folder);
        if (self.Kind != FileKind.Directory || self.ChangedNs == 0) return null;
        var text = new StringBuilder();
        var latest = Math.Max(self.ModifiedNs, self.ChangedNs);
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                var meta = FileStat.Meta(entry);
                if (meta.Kind != FileKind.Regular || meta.ChangedNs == 0) return null;
                latest = Math.Max(latest, Math.Max(meta.ModifiedNs, meta.ChangedNs));
                text.Append(Path.GetFileName(entry)).Append(' ').Append(meta.Length).Append(' ').Append(meta.ModifiedNs).Append(' ').Append(meta.ChangedNs).Append('\n');
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (latest >= now - BriefStamp.Settle) return null;
        text.Append(self.ModifiedNs).Append(' ').Append(self.ChangedNs);
        return Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
