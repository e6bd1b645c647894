using System.Collections.Concurrent;
using BriefGenerator.Caching;
using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>The incremental-build cache, <c>&lt;out&gt;/.brief-cache.bin</c> (<see cref="CacheFileFormat"/>): one entry per brief slug. An entry is
/// used only when its fingerprint matches and every output it lists is still on disk with the size and last-write time
/// it had when written (<see cref="FileStamp"/>), or, with <c>verify</c>, the same SHA-256.</summary>
public sealed class BuildCache
{
    /// <summary>The cache file name inside the output folder.</summary>
    public const string FileName = ".brief-cache.bin";

    /// <summary>The JSON cache file of builds before the binary format: never read (its briefs build once), and
    /// removed when the new file is written.</summary>
    public const string OldFileName = ".brief-cache.json";

    /// <summary>Largest cache file read (256 MiB); a larger one is ignored.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, CacheEntry> _entries;
    private readonly ConcurrentDictionary<string, (string Stamp, string Digest)> _folders;
    private readonly string _path;
    private readonly bool _loaded;
    private int _changed;

    private BuildCache(string path, Dictionary<string, CacheEntry> entries, Dictionary<string, (string, string)> folders, bool loaded)
    {
        _path = path;
        _loaded = loaded;
        _entries = new ConcurrentDictionary<string, CacheEntry>(entries, StringComparer.Ordinal);
        _folders = new ConcurrentDictionary<string, (string, string)>(folders, StringComparer.Ordinal);
    }

    /// <summary>Loads the cache of an output folder; an unreadable or missing cache is an empty one.</summary>
    public static BuildCache Load(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        try
        {
            // Through the confined reader: a pipe or a huge file in the output folder is an empty cache, not a hang.
            if (ConfinedFile.Read(path, null, MaxBytes, log: false) is { Ok: true } read && CacheFileReader.ReadAll(read.Bytes!) is { } all)
                return new BuildCache(path, all.Entries, all.Folders, true);
        }
        catch (IOException) { }
        return new BuildCache(path, new(), new(), false);
    }

    /// <summary>The digest of <paramref name="folder"/>'s files: the one stored with its <see cref="FolderStamp"/> when
    /// the folder still has that stamp, else <paramref name="compute"/>d now (and stored when the folder has a stamp).</summary>
    public string FolderDigest(string folder, Func<string> compute)
    {
        var stamp = FolderStamp.Take(folder);
        if (stamp is not null && _folders.TryGetValue(folder, out var known) && known.Stamp == stamp) return known.Digest;
        var digest = compute();
        if (stamp is not null)
        {
            _folders[folder] = (stamp, digest);
            Interlocked.Exchange(ref _changed, 1);
        }
        return digest;
    }

    /// <summary>Every folder digest known now, in folder order (what a worker process hands back to its parent).</summary>
    internal IReadOnlyList<KeyValuePair<string, (string Stamp, string Digest)>> Folders() =>
        _folders.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    /// <summary>Takes a folder digest a worker process computed, unless the same one is already known.</summary>
    internal void MergeFolder(string folder, string stamp, string digest)
    {
        if (_folders.TryGetValue(folder, out var known) && known == (stamp, digest)) return;
        _folders[folder] = (stamp, digest);
        Interlocked.Exchange(ref _changed, 1);
    }

    /// <summary>The cached entry of <paramref name="slug"/>, valid or not (its template names say which fingerprint
    /// to compute).</summary>
    public CacheEntry? Peek(string slug) => _entries.GetValueOrDefault(slug);

    /// <summary>The cached entry when it is still valid for <paramref name="fingerprint"/>: every output has its
    /// stored size and last-write time, or, with <paramref name="verify"/>, its stored SHA-256 (an output whose
    /// bytes are unchanged then gets its stamp renewed).</summary>
    public CacheEntry? Lookup(string slug, string fingerprint, bool verify = false)
    {
        if (!_entries.TryGetValue(slug, out var entry) || entry.Fingerprint != fingerprint) return null;
        var outputs = entry.Outcomes.SelectMany(o => o.Outputs).ToList();
        if (!verify)
            return entry.Stamps is { } stamps && outputs.All(f => stamps.TryGetValue(f.Path, out var s) && FileStamp.Of(f.Path) == s) ? entry : null;
        foreach (var file in outputs)
        {
            var read = ConfinedFile.Read(file.Path, null, file.Bytes, log: false);
            if (!read.Ok || read.Bytes!.Length != file.Bytes || Convert.ToHexStringLower(Sha256.HashData(read.Bytes)) != file.Sha256) return null;
        }
        var renewed = entry with { Stamps = Stamp(outputs) };
        Store(slug, renewed);
        return renewed;
    }

    /// <summary>The stamps of <paramref name="outputs"/> as they are on disk now (just after writing them).</summary>
    public static Dictionary<string, FileStamp> Stamp(IEnumerable<OutputFile> outputs)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var f in outputs)
            if (FileStamp.Of(f.Path) is { } s) stamps[f.Path] = s;
        return stamps;
    }

    /// <summary>Remembers (or replaces) the entry of <paramref name="slug"/>.</summary>
    public void Store(string slug, CacheEntry entry)
    {
        _entries[slug] = entry;
        Interlocked.Exchange(ref _changed, 1);
    }

    /// <summary>Drops the entry of <paramref name="slug"/>.</summary>
    public void Forget(string slug)
    {
        if (_entries.TryRemove(slug, out _)) Interlocked.Exchange(ref _changed, 1);
    }

    /// <summary>Writes the cache atomically, entries in slug order; nothing when it was read and has not changed since
    /// (a build that skipped every brief).</summary>
    public void Save()
    {
        if (_loaded && Volatile.Read(ref _changed) == 0) return;
        var entries = _entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var folders = Folders();
        AtomicFile.Write(_path, stream => CacheFileWriter.WriteTo(stream, entries, folders));
        var old = Path.Combine(Path.GetDirectoryName(_path)!, OldFileName);
        if (FileStat.Of(old).Kind == FileKind.Regular) File.Delete(old);
    }
}
