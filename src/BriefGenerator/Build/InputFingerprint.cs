using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using BriefGenerator.Caching;
using BriefGenerator.Files;
using BriefGenerator.Templating;
using BriefGenerator.Theming;

namespace BriefGenerator.Build;

/// <summary>A hash of everything a brief's outputs depend on: the brief file, each template folder it names, shared
/// partials at the templates root, the bundled fonts, the tool version, the formats and SOURCE_DATE_EPOCH.
/// Equal fingerprints mean the outputs would come out byte-identical, so the build can skip the brief. Files a render
/// read from elsewhere (a partial included through any path) are checked on top of this by <see cref="ReadsUnchanged"/>.
/// Folders are walked without following links and without opening anything but regular files, so a link loop or a
/// named pipe in a template folder cannot hang or break the build (the render reports them).</summary>
public static class InputFingerprint
{
    private const long HashLimit = 64L * 1024 * 1024; // larger files are fingerprinted by size and time
    private const int MaxDepth = 16;
    private static readonly ConcurrentDictionary<(string Folder, string Stamp), string> FontHashes = new();

    /// <summary>The fingerprint of one brief built with <paramref name="templates"/>, whose file has
    /// <paramref name="briefDigest"/> (<see cref="FileDigest"/>, or the one a <see cref="BriefStamp"/> kept). With a
    /// <paramref name="memo"/>, what does not depend on the brief (template folders, partials, fonts) is hashed once per
    /// build.</summary>
    public static string FromDigest(string briefDigest, IReadOnlyList<string> templates, TemplateCatalog catalog, BuildOptions options,
        FingerprintMemo? memo = null)
    {
        memo ??= new FingerprintMemo();
        using var hash = new Sha256();
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add($"tool {options.ToolVersion}; formats {string.Join(',', options.Formats)}; epoch {options.SourceDateEpoch}");
        Add("brief " + briefDigest);
        foreach (var name in templates)
        {
            Add("template " + name);
            // Looked up once per build: finding a template reads its first line for the description.
            Add(memo.Digests.GetOrAdd("template " + name, _ => catalog.Find(name) is { } t ? Digest(h => AddFolder(h, t.Folder, t.Folder, recursive: true, 0)) : "none"));
        }
        Add("shared " + memo.Digests.GetOrAdd("shared", _ => Digest(h =>
        {
            AddFolder(h, catalog.Root, catalog.Root, recursive: false, 0);
            var partials = Path.Combine(catalog.Root, "partials");
            if (Directory.Exists(partials)) AddFolder(h, partials, partials, recursive: true, 0);
        })));
        Add("fonts " + memo.Digests.GetOrAdd("fonts", _ =>
        {
            var fonts = Path.GetFullPath(catalog.FontsFolder);
            // Kept in the build cache with the folder's stamp (which, unlike the process-wide memo's, sees a write that
            // keeps a file's size and time): 7 MB read and hashed by every build otherwise (a sixth of a no-change build
            // of 500 briefs).
            if (memo.Cache is { } cache) return cache.FolderDigest(fonts, () => HashFonts(fonts));
            return FontHashes.GetOrAdd((fonts, FontLibrary.Stamp(fonts)), key => HashFonts(key.Folder));
        }));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>True when every file in <paramref name="reads"/> (real path → SHA-256, from a <see cref="ReadLog"/>)
    /// still has the same bytes; each file is read and hashed once per <paramref name="memo"/>.</summary>
    public static bool ReadsUnchanged(IReadOnlyDictionary<string, string>? reads, FingerprintMemo? memo = null)
    {
        if (reads is null) return false;
        memo ??= new FingerprintMemo();
        foreach (var (path, sha) in reads)
        {
            var current = memo.FileHashes.GetOrAdd(path, p => ConfinedFile.Read(p, null, HashLimit, log: false) is { Ok: true } read ? ReadLog.Hash(read.Bytes) : null);
            if (current != sha) return false;
        }
        return true;
    }

    /// <summary>The SHA-256 of a file as a fingerprint counts it: a regular file's bytes (a very large one by size and
    /// time), anything else by what it is.</summary>
    public static string FileDigest(string path) => Digest(h => AddFile(h, path));

    private static string Digest(Action<Sha256> add)
    {
        using var hash = new Sha256();
        add(hash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddFolder(Sha256 hash, string root, string folder, bool recursive, int depth, FileBytes bytes = FileBytes.Raw)
    {
        if (FileStat.Of(folder).Kind is not (FileKind.Directory or FileKind.SymbolicLink) || !Directory.Exists(folder)) return;
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { hash.AppendData(Encoding.UTF8.GetBytes($"unreadable {folder}\n")); return; }
        foreach (var entry in entries)
        {
            var (kind, _) = FileStat.Of(entry);
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(root, entry)} {kind}\n"));
            if (kind == FileKind.Regular) AddFile(hash, entry, bytes);
            else if (kind == FileKind.SymbolicLink)
            {
                // A link is not walked into, but a link to a file counts with the file's bytes.
                hash.AppendData(Encoding.UTF8.GetBytes((new FileInfo(entry).LinkTarget ?? "") + "\n"));
                if (RealPath.Resolve(entry, out _) is { } real && FileStat.Of(real).Kind == FileKind.Regular) AddFile(hash, real, bytes);
            }
            else if (kind == FileKind.Directory && recursive && depth < MaxDepth) AddFolder(hash, root, entry, recursive, depth + 1, bytes);
        }
    }

    // A regular file's bytes (streamed, as they are or by their XXH128); a large one by size and time; anything else by
    // what it is.
    private static void AddFile(Sha256 hash, string path, FileBytes bytes = FileBytes.Raw)
    {
        var (kind, length) = FileStat.Of(path);
        try
        {
            if (kind != FileKind.Regular) hash.AppendData(Encoding.UTF8.GetBytes($"{kind}\n"));
            else if (length > HashLimit) hash.AppendData(Encoding.UTF8.GetBytes($"{length} {File.GetLastWriteTimeUtc(path).Ticks}\n"));
            else
            {
                // A pooled buffer and no FileStream buffer: a no-change build of 500 briefs hashes 500 brief files, and
                // a fresh 80 KB array each was most of its allocations (perf: 20 % of its samples).
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
                var buffer = ArrayPool<byte>.Shared.Rent(81920);
                try
                {
                    long total = 0;
                    int n;
                    var xxh = bytes == FileBytes.Xxh128 ? new XxHash128() : null;
                    while (total <= HashLimit && (n = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        if (xxh is null) hash.AppendData(buffer, 0, n);
                        else xxh.Append(buffer.AsSpan(0, n));
                        total += n;
                    }
                    if (xxh is not null) hash.AppendData(xxh.GetCurrentHash());
                }
                finally { ArrayPool<byte>.Shared.Return(buffer); }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { hash.AppendData(Encoding.UTF8.GetBytes($"unreadable {e.Message}\n")); }
    }

    private static string HashFonts(string folder)
    {
        if (!Directory.Exists(folder)) return "none";
        using var hash = new Sha256();
        AddFolder(hash, folder, folder, recursive: false, 0, FileBytes.Xxh128);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // How a regular file's bytes go into a digest: as they are (briefs, templates, partials), or by their XXH128, for the
    // fonts folder: 7 MB, whose SHA-256 was a tenth of a cold build's CPU, where XXH128 takes about a millisecond. A
    // changed font still changes the digest (a 128-bit hash of its bytes); nothing here needs resistance to forgery.
    private enum FileBytes { Raw, Xxh128 }
}
