using System.Collections.Concurrent;
using BriefGenerator.Caching;

namespace BriefGenerator.Files;

/// <summary>The files read while a scope is open (on this logical call, parallel work started inside it included),
/// each with the SHA-256 of the bytes read. The build keeps this list beside a brief's outputs, so that editing any
/// file a render read — a partial included from anywhere — makes the brief build again.</summary>
public sealed class ReadLog
{
    private static readonly AsyncLocal<ReadLog?> Ambient = new();
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>The log of the innermost open scope, or null.</summary>
    public static ReadLog? Current => Ambient.Value;

    /// <summary>Opens a scope that logs reads into a new log until disposed.</summary>
    public static Scope Begin() => new(new ReadLog());

    /// <summary>Records a file's real path and the hash of the bytes read.</summary>
    public void Record(string realPath, ReadOnlySpan<byte> bytes) => _files[realPath] = Hash(bytes);

    /// <summary>Every file read, by real path, with its SHA-256 (lower-case hex), in path order.</summary>
    public SortedDictionary<string, string> Files => new(_files, StringComparer.Ordinal);

    /// <summary>Lower-case hex SHA-256 of some bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(Sha256.HashData(bytes));

    /// <summary>An open logging scope.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly ReadLog? _previous;

        internal Scope(ReadLog log)
        {
            _previous = Ambient.Value;
            Log = log;
            Ambient.Value = log;
        }

        /// <summary>The log this scope fills.</summary>
        public ReadLog Log { get; }

        /// <summary>Restores the enclosing scope's log.</summary>
        public void Dispose() => Ambient.Value = _previous;
    }
}
