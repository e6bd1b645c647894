using BriefGenerator.Files;

namespace BriefGenerator.Theming;

/// <summary>What tells cheaply that a fonts folder is as it was: the folder's own times (a file added, removed or
/// renamed in it changes them) and the length and times of each font file, from one <c>lstat</c> each, with no
/// listing of the folder and no strings. <see cref="FontLibrary.Open"/> asks it before it lists the folder and
/// formats <see cref="FontLibrary.Stamp"/>, which every brief of a build did. It answers only what it can vouch for:
/// a folder changed in the last two seconds (a second change in the same clock tick would not show), or a font that
/// is a link (whose target's times <c>lstat</c> does not see), gives no stamp, and the full check runs.</summary>
internal sealed class FontFolderStamp
{
    /// <summary>How long ago a change must be for the stamp to vouch for it: two seconds, in nanoseconds.</summary>
    public const long RecentNs = 2_000_000_000;
    private readonly string[] _files;
    private readonly long[] _figures;

    private FontFolderStamp(string[] files, long[] figures) => (_files, _figures) = (files, figures);

    /// <summary>The folder's stamp now, or null when it cannot be trusted (see the class; <paramref name="recentNs"/>
    /// is how recent a change is too recent, <see cref="RecentNs"/> but in tests).</summary>
    public static FontFolderStamp? Take(string folder, long recentNs = RecentNs)
    {
        var dir = FileStat.Meta(folder);
        if (dir.Kind != FileKind.Directory || dir.ModifiedNs == 0 || Recent(dir, recentNs)) return null;
        var files = Directory.EnumerateFiles(folder, "*.ttf").Order(StringComparer.Ordinal).ToArray();
        var figures = new long[2 + 3 * files.Length];
        figures[0] = dir.ModifiedNs;
        figures[1] = dir.ChangedNs;
        for (var i = 0; i < files.Length; i++)
        {
            var meta = FileStat.Meta(files[i]);
            if (meta.Kind != FileKind.Regular) return null;
            (figures[2 + 3 * i], figures[3 + 3 * i], figures[4 + 3 * i]) = (meta.Length, meta.ModifiedNs, meta.ChangedNs);
        }
        return new FontFolderStamp(files, figures);
    }

    /// <summary>True when <paramref name="folder"/> and each of its fonts have the times and lengths this stamp took.</summary>
    public bool Holds(string folder, long recentNs = RecentNs)
    {
        var dir = FileStat.Meta(folder);
        if (dir.Kind != FileKind.Directory || dir.ModifiedNs != _figures[0] || dir.ChangedNs != _figures[1] || Recent(dir, recentNs)) return false;
        for (var i = 0; i < _files.Length; i++)
        {
            var meta = FileStat.Meta(_files[i]);
            if (meta.Kind != FileKind.Regular || meta.Length != _figures[2 + 3 * i] || meta.ModifiedNs != _figures[3 + 3 * i]
                || meta.ChangedNs != _figures[4 + 3 * i])
                return false;
        }
        return true;
    }

    private static bool Recent(FileMeta meta, long recentNs)
    {
        var now = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        return now - Math.Max(meta.ModifiedNs, meta.ChangedNs) < recentNs;
    }
}
