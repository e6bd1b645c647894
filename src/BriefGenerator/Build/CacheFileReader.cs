using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>Reads the build cache file (<see cref="CacheFileFormat"/>) in one pass; its pieces also read a worker
/// process's replies (<see cref="WorkerFrames"/>).</summary>
internal sealed class CacheFileReader
{
    private readonly BinaryReader _in;
    private readonly long _length;
    private readonly List<string> _strings = new();

    /// <summary>A reader of <paramref name="bytes"/> from their start, with its own string table.</summary>
    internal CacheFileReader(byte[] bytes)
    {
        _in = new BinaryReader(new MemoryStream(bytes, writable: false));
        _length = bytes.Length;
    }

    /// <summary>The entries of a cache file by slug; null when <paramref name="bytes"/> are not a whole cache file of
    /// this version (another format, an older build's JSON, a cut or damaged file).</summary>
    public static Dictionary<string, CacheEntry>? Read(byte[] bytes) => ReadAll(bytes)?.Entries;

    /// <summary>The entries by slug and the folder digests by folder (<see cref="BuildCache.FolderDigest"/>); null as
    /// for <see cref="Read"/>.</summary>
    public static (Dictionary<string, CacheEntry> Entries, Dictionary<string, (string Stamp, string Digest)> Folders)? ReadAll(byte[] bytes)
    {
        var magic = CacheFileFormat.Magic;
        if (bytes.Length < 2 * magic.Length + 8 || !bytes.AsSpan(0, magic.Length).SequenceEqual(magic)
            || !bytes.AsSpan(bytes.Length - magic.Length).SequenceEqual(magic)) return null;
        var reader = new CacheFileReader(bytes);
        try
        {
            reader._in.BaseStream.Position = magic.Length;
            if (reader._in.ReadInt32() != CacheFileFormat.Version) return null;
            var count = reader.Count();
            var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var slug = reader.String();
                entries[slug] = reader.Entry();
            }
            var folderCount = reader.Count();
            var folders = new Dictionary<string, (string, string)>(folderCount, StringComparer.Ordinal);
            for (var i = 0; i < folderCount; i++) folders[reader.String()] = (reader.String(), reader.String());
            return reader._in.BaseStream.Position == bytes.Length - magic.Length ? (entries, folders) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or InvalidDataException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The reader's numbers and bytes (strings go through <see cref="String"/>).</summary>
    internal BinaryReader In => _in;

    /// <summary>True when every byte has been read.</summary>
    internal bool AtEnd => _in.BaseStream.Position == _length;

    internal CacheEntry Entry()
    {
        var fingerprint = String();
        var outcomes = new CachedOutcome[Count()];
        for (var o = 0; o < outcomes.Length; o++)
        {
            var template = String();
            outcomes[o] = new CachedOutcome(template, Outputs(), Diagnostics());
        }
        Dictionary<string, string>? reads = null;
        if (Count() is var readCount and > 0)
        {
            reads = new Dictionary<string, string>(readCount - 1, StringComparer.Ordinal);
            for (var i = 1; i < readCount; i++) reads[String()] = String();
        }
        Dictionary<string, FileStamp>? stamps = null;
        if (Count() is var stampCount and > 0)
        {
            stamps = new Dictionary<string, FileStamp>(stampCount - 1, StringComparer.Ordinal);
            for (var i = 1; i < stampCount; i++) stamps[String()] = new FileStamp(_in.ReadInt64(), _in.ReadInt64());
        }
        var source = _in.ReadBoolean() ? new BriefStamp(_in.ReadInt64(), _in.ReadInt64(), _in.ReadInt64(), String()) : null;
        return new CacheEntry(fingerprint, outcomes, reads, stamps, source);
    }

    /// <summary>What <see cref="CacheFileWriter.Outputs"/> wrote.</summary>
    internal OutputFile[] Outputs()
    {
        var outputs = new OutputFile[Count()];
        for (var i = 0; i < outputs.Length; i++)
        {
            var (path, format, bytes, sha) = (String(), String(), _in.Read7BitEncodedInt64(), String());
            var pages = Small();
            outputs[i] = new OutputFile(path, format, bytes, sha, pages == 0 ? null : pages - 1);
        }
        return outputs;
    }

    /// <summary>What <see cref="CacheFileWriter.Diagnostics"/> wrote.</summary>
    internal Diagnostic[] Diagnostics()
    {
        var diagnostics = new Diagnostic[Count()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = _in.ReadByte() switch { 0 => Severity.Warning, 1 => Severity.Error, _ => throw new InvalidDataException() };
            var (code, message, file) = (String(), String(), String());
            diagnostics[i] = new Diagnostic(severity, code, message, new SourceSpan(file, _in.Read7BitEncodedInt(), _in.Read7BitEncodedInt()));
        }
        return diagnostics;
    }

    // A count is never more than the bytes left: a damaged count fails here instead of allocating gigabytes.
    internal int Count()
    {
        var n = _in.Read7BitEncodedInt();
        if (n < 0 || n > _length - _in.BaseStream.Position) throw new InvalidDataException();
        return n;
    }

    internal int Small()
    {
        var n = _in.Read7BitEncodedInt();
        return n >= 0 ? n : throw new InvalidDataException();
    }

    internal string String()
    {
        var n = Small();
        if (n > 0) return n <= _strings.Count ? _strings[n - 1] : throw new InvalidDataException();
        var s = _in.ReadString();
        _strings.Add(s);
        return s;
    }
}
