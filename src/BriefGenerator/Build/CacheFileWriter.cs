using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>Writes the build cache file (<see cref="CacheFileFormat"/>); its pieces also write a worker process's
/// replies (<see cref="WorkerFrames"/>).</summary>
internal sealed class CacheFileWriter
{
    private readonly BinaryWriter _out;
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    /// <summary>An empty writer with its own string table, writing into memory (<see cref="ToArray"/>).</summary>
    internal CacheFileWriter() : this(new MemoryStream()) { }

    // A writer straight into a stream (a cache file being written: WriteTo).
    private CacheFileWriter(Stream stream) => _out = new BinaryWriter(stream);

    /// <summary>The writer's numbers and bytes (strings go through <see cref="String"/>).</summary>
    internal BinaryWriter Out => _out;

    /// <summary>What has been written so far.</summary>
    internal byte[] ToArray()
    {
        _out.Flush();
        return ((MemoryStream)_out.BaseStream).ToArray();
    }

    /// <summary>The bytes of a cache file holding <paramref name="entries"/> and <paramref name="folders"/>' digests
    /// (written in the order given).</summary>
    public static byte[] Write(IReadOnlyList<KeyValuePair<string, CacheEntry>> entries,
        IReadOnlyList<KeyValuePair<string, (string Stamp, string Digest)>>? folders = null)
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer, entries, folders);
        return buffer.ToArray();
    }

    /// <summary>Writes the cache file holding <paramref name="entries"/> and <paramref name="folders"/>' digests to
    /// <paramref name="stream"/> (as <see cref="Write"/>'s bytes).</summary>
    public static void WriteTo(Stream stream, IReadOnlyList<KeyValuePair<string, CacheEntry>> entries,
        IReadOnlyList<KeyValuePair<string, (string Stamp, string Digest)>>? folders = null)
    {
        var writer = new CacheFileWriter(stream);
        writer._out.Write(CacheFileFormat.Magic);
        writer._out.Write(CacheFileFormat.Version);
        writer.Count(entries.Count);
        foreach (var (slug, entry) in entries)
        {
            writer.String(slug);
            writer.Entry(entry);
        }
        writer.Count(folders?.Count ?? 0);
        foreach (var (folder, (stamp, digest)) in folders ?? Array.Empty<KeyValuePair<string, (string, string)>>())
        {
            writer.String(folder);
            writer.String(stamp);
            writer.String(digest);
        }
        writer._out.Write(CacheFileFormat.Magic);
        writer._out.Flush();
    }

    internal void Entry(CacheEntry entry)
    {
        String(entry.Fingerprint);
        Count(entry.Outcomes.Count);
        foreach (var outcome in entry.Outcomes)
        {
            String(outcome.Template);
            Outputs(outcome.Outputs);
            Diagnostics(outcome.Diagnostics);
        }
        // Null and empty differ for the read files and the stamps: a count of n + 1, or 0 for none.
        Count(entry.Reads is null ? 0 : entry.Reads.Count + 1);
        foreach (var (path, digest) in entry.Reads ?? Empty<string>())
        {
            String(path);
            String(digest);
        }
        Count(entry.Stamps is null ? 0 : entry.Stamps.Count + 1);
        foreach (var (path, stamp) in entry.Stamps ?? Empty<FileStamp>())
        {
            String(path);
            _out.Write(stamp.Bytes);
            _out.Write(stamp.ModifiedTicks);
        }
        _out.Write(entry.Source is not null);
        if (entry.Source is { } source)
        {
            _out.Write(source.Bytes);
            _out.Write(source.ModifiedNs);
            _out.Write(source.ChangedNs);
            String(source.Digest);
        }
    }

    /// <summary>A count, then each output file.</summary>
    internal void Outputs(IReadOnlyList<OutputFile> outputs)
    {
        Count(outputs.Count);
        foreach (var file in outputs)
        {
            String(file.Path);
            String(file.Format);
            _out.Write7BitEncodedInt64(file.Bytes);
            String(file.Sha256);
            Count(file.Pages is { } pages ? pages + 1 : 0);
        }
    }

    /// <summary>A count, then each diagnostic.</summary>
    internal void Diagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        Count(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            _out.Write((byte)d.Severity);
            String(d.Code);
            String(d.Message);
            String(d.Span.File);
            _out.Write7BitEncodedInt(d.Span.Line);
            _out.Write7BitEncodedInt(d.Span.Column);
        }
    }

    private static IReadOnlyDictionary<string, T> Empty<T>() => new Dictionary<string, T>();

    /// <summary>A count or small number, 7-bit encoded.</summary>
    internal void Count(int n) => _out.Write7BitEncodedInt(n);

    // 0 and the string the first time; its number + 1 after that.
    internal void String(string s)
    {
        if (_strings.TryGetValue(s, out var known))
        {
            Count(known + 1);
            return;
        }
        Count(0);
        _out.Write(s);
        _strings.Add(s, _strings.Count);
    }
}
