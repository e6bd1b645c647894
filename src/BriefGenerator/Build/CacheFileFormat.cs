namespace BriefGenerator.Build;

/// <summary>The build cache's file format (<see cref="BuildCache.FileName"/>), binary and compact: a no-change build
/// reads the whole file, and JSON (the format until 2026-12) cost a sixth of such a build for 500 briefs.
/// <para>The file is <see cref="Magic"/>, the format <see cref="Version"/> (int32), the number of entries,
/// the entries in slug order (<see cref="CacheFileWriter"/>), the folder digests
/// (<see cref="BuildCache.FolderDigest"/>: folder, stamp, digest), and <see cref="Magic"/> again, so a cut file is refused
/// as a whole. Numbers are little-endian, counts and small numbers 7-bit encoded; a string is written once and
/// referred to by its number after that (the template files every brief reads, the formats, the template names).</para>
/// A file of another version, a cut or damaged file, or none at all is an empty cache: every brief builds once.</summary>
internal static class CacheFileFormat
{
    /// <summary>The first and last bytes of the file.</summary>
    public static ReadOnlySpan<byte> Magic => "BRIEF-CACHE\n"u8;

    /// <summary>The format's version; a file of any other is not read.</summary>
    public const int Version = 2;
}
