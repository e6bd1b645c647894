using BriefGenerator.Diagnostics;
using BriefGenerator.Files;

namespace BriefGenerator.Theming;

/// <summary>One TrueType face shipped with the project. <see cref="Bytes"/> is mapped once per process and shared.</summary>
public sealed class FontFace
{
    private readonly Lazy<ReadOnlyMemory<byte>> _data;
    private byte[]? _array;
    private readonly Lazy<(FileRead File, string? Problem)> _probe;
    private readonly Lazy<string?> _problem;

    /// <summary>Largest font file read (64 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Whether faces made from now on map their files (the default, for a build that runs once) or read them into
    /// arrays. <c>watch</c> reads them: a font file overwritten in place (truncated, then written) while a long-running
    /// process still reads its old mapping would stop that process with a bus error; a read array cannot change.</summary>
    public static bool MapFiles { get; set; } = true;

    /// <param name="root">The folder the file's real path must be in (see <see cref="ConfinedFile"/>); null for anywhere.</param>
    public FontFace(string family, FontStyle style, string path, string? root = null, int generation = 0)
    {
        Family = family;
        Style = style;
        Path = path;
        _data = new Lazy<ReadOnlyMemory<byte>>(() =>
        {
            // The file's stamp before and after it was mapped: equal, it names these bytes (ContentStamp); else nothing does.
            var before = Stamp(path);
            // Mapped, not read into an array: the renderers read a fraction of each face (the shaper's tables, the
            // glyphs used), and mapped pages cost no zeroing, no copy and no collection (Files/MappedFile).
            ReadOnlyMemory<byte> bytes = MapFiles ? ConfinedFile.MapOrThrow(path, root, MaxBytes) : ConfinedFile.ReadOrThrow(path, root, MaxBytes, log: false);
            _contentStamp = before is not null && Stamp(path) == before ? before : null;
            return bytes;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _probe = new(() =>
        {
            var file = ConfinedFile.Inspect(path, root, MaxBytes, (handle, length) => FontProgramCheck.Problem(length, Reader(handle)), out var problem);
            return (file, problem);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _problem = new Lazy<string?>(() =>
        {
            // The whole font when it was read anyway, else only its table directory and the headers checked.
            if (_data.IsValueCreated && !_probe.IsValueCreated) return FontProgramCheck.Problem(Bytes);
            var (file, problem) = _probe.Value;
            return file.Ok ? problem : throw new ConfinedFileException(file, $"{DisplayPath.For(System.IO.Path.GetFullPath(path))} {file.Message}");
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        FaceName = family.Replace(" ", "") + "-" + (style == FontStyle.Regular ? "Regular" : style.ToString());
        ResolverName = generation == 0 ? FaceName : $"{FaceName}~{generation}";
    }

    /// <summary>Family name as themes write it, e.g. "Noto Serif".</summary>
    public string Family { get; }
    public FontStyle Style { get; }
    public string Path { get; }

    /// <summary>The font file's bytes, mapped read-only where the system allows (else read into an array).</summary>
    public ReadOnlyMemory<byte> Bytes => _data.Value;

    /// <summary>The font file's bytes as an array: <see cref="Bytes"/>' own array when they were read, else a copy made
    /// once (for the rare callers that need an array: a face embedded whole, tests).</summary>
    public byte[] Data
    {
        get
        {
            var bytes = Bytes;
            if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0
                && segment.Count == segment.Array!.Length)
                return segment.Array;
            return LazyInitializer.EnsureInitialized(ref _array, () => bytes.ToArray());
        }
    }

    /// <summary>What tells these bytes from any other content without hashing them, so that another face object read from
    /// the same unchanged file (a font library scanned again) can share what was made from them: the file's real path,
    /// size, modification time and status-change time (which any write moves and no program can set back), taken just
    /// before and just after <see cref="Bytes"/> were mapped or read; null when the file changed meanwhile or has no such stamp.</summary>
    public string? ContentStamp
    {
        get
        {
            _ = _data.Value;
            return _contentStamp;
        }
    }

    private string? _contentStamp;

    private static string? Stamp(string path) =>
        RealPath.Resolve(path, out _) is { } real && FileStat.Meta(real) is { Kind: FileKind.Regular } meta
            ? $"{real}\n{meta.Length}\n{meta.ModifiedNs}\n{meta.ChangedNs}"
            : null;

    /// <summary>Null when the file is a usable TrueType font, else what is wrong with it (checked once, on first use).</summary>
    public string? Problem => _problem.Value;

    /// <summary>The file as the confined reader finds it (its real path, kind and size; refused or not), checked once
    /// without reading the whole font: a build checks every fallback face but reads only the ones it draws with.</summary>
    public FileRead File => _probe.Value.File;

    private static FontProgramCheck.Reader Reader(Microsoft.Win32.SafeHandles.SafeFileHandle handle) => (offset, count) =>
    {
        var bytes = new byte[count];
        var total = 0;
        int n;
        while (total < count && (n = RandomAccess.Read(handle, bytes.AsSpan(total), offset + total)) > 0) total += n;
        return total == count ? bytes : throw new IOException("the file became shorter while being read");
    };

    /// <summary>True when this face belongs to <paramref name="family"/> as a theme writes it ("Noto Serif", "NotoSerif").</summary>
    public bool IsOf(string family) => string.Equals(Family.Replace(" ", ""), family.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);

    /// <summary>A stable name for the face, e.g. "NotoSerif-BoldItalic".</summary>
    public string FaceName { get; }

    /// <summary>The name the PDF library knows the face by: <see cref="FaceName"/>, with a suffix when the fonts
    /// folder was scanned again after a change (<c>brief watch</c>), since that library caches faces by name for
    /// the whole process.</summary>
    public string ResolverName { get; }
}
