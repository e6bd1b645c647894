using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>The incremental-build cache, <c>&lt;out&gt;/.brief-cache.json</c>: one entry per brief slug. An entry is
/// used only when its fingerprint matches and every output it lists is still on disk with the same SHA-256.</summary>
public sealed class BuildCache
{
    /// <summary>The cache file name inside the output folder.</summary>
    public const string FileName = ".brief-cache.json";

    /// <summary>Largest cache file read (256 MiB); a larger one is ignored.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, CacheEntry> _entries;
    private readonly string _path;

    private BuildCache(string path, Dictionary<string, CacheEntry> entries)
    {
        _path = path;
        _entries = new ConcurrentDictionary<string, CacheEntry>(entries, StringComparer.Ordinal);
    }

    /// <summary>Loads the cache of an output folder; an unreadable or missing cache is an empty one.</summary>
    public static BuildCache Load(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        try
        {
            // Through the confined reader: a pipe or a huge file in the output folder is an empty cache, not a hang.
            if (ConfinedFile.Read(path, null, MaxBytes, log: false) is { Ok: true } read)
                return new BuildCache(path, JsonSerializer.Deserialize(read.Bytes!, BuildCacheJson.Default.DictionaryStringCacheEntry) ?? new());
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException) { }
        return new BuildCache(path, new());
    }

    /// <summary>The cached entry when it is still valid for <paramref name="fingerprint"/>.</summary>
    public CacheEntry? Lookup(string slug, string fingerprint)
    {
        if (!_entries.TryGetValue(slug, out var entry) || entry.Fingerprint != fingerprint) return null;
        foreach (var file in entry.Outcomes.SelectMany(o => o.Outputs))
        {
            var read = ConfinedFile.Read(file.Path, null, file.Bytes, log: false);
            if (!read.Ok || read.Bytes!.Length != file.Bytes || Convert.ToHexStringLower(SHA256.HashData(read.Bytes)) != file.Sha256) return null;
        }
        return entry;
    }

    public void Store(string slug, CacheEntry entry) => _entries[slug] = entry;

    public void Forget(string slug) => _entries.TryRemove(slug, out _);

    /// <summary>Writes the cache atomically, entries in slug order.</summary>
    public void Save()
    {
        var ordered = _entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value);
        AtomicFile.Write(_path, JsonSerializer.SerializeToUtf8Bytes(ordered, BuildCacheJson.Default.DictionaryStringCacheEntry));
    }
}
