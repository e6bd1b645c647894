using BriefGenerator.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace BriefGenerator.Files;

/// <summary>The one way the tool reads a user's file (brief, template, include, theme, font, reference_docx, import
/// input). The path is resolved to its real path (every link followed, loops refused), must stay under its allowed
/// root (when one is given), must be a regular file — its kind is checked with <c>lstat</c> before it is opened, so a
/// named pipe never blocks and a device is never read — and at most limit + 1 bytes are read, never to the end of a
/// stream. Every successful read is recorded in the current <see cref="ReadLog"/>, if any.</summary>
public static class ConfinedFile
{
    /// <summary>Resolves and checks <paramref name="path"/> without reading it.</summary>
    /// <param name="root">The folder the real path must be in (itself resolved first); null for anywhere.</param>
    public static FileRead Check(string path, string? root)
    {
        var real = RealPath.Resolve(path, out var problem);
        if (real is null)
            return Refused(path, problem, problem == FileProblem.LinkLoop
                ? $"has a loop of symbolic links (more than {RealPath.MaxLinks} links on the way)"
                : "not found");
        if (root is not null)
        {
            var realRoot = RealPath.Resolve(root, out _) ?? Path.GetFullPath(root);
            if (!RealPath.IsUnder(real, realRoot) || real == Path.TrimEndingDirectorySeparator(realRoot))
                return Refused(real, FileProblem.Outside, $"leads outside {DisplayPath.For(Path.GetFullPath(root))} (to {real}); links must stay inside it");
        }
        var (kind, _) = FileStat.Of(real);
        return kind switch
        {
            FileKind.Regular => new FileRead(null, real, FileProblem.None, ""),
            FileKind.Missing => Refused(real, FileProblem.Missing, "not found"),
            FileKind.Directory => Refused(real, FileProblem.NotRegular, "is a directory, not a regular file"),
            FileKind.Fifo => Refused(real, FileProblem.NotRegular, "is a named pipe (FIFO), not a regular file"),
            FileKind.Socket => Refused(real, FileProblem.NotRegular, "is a socket, not a regular file"),
            _ => Refused(real, FileProblem.NotRegular, "is a device, not a regular file"),
        };
    }

    /// <summary>Reads <paramref name="path"/> after <see cref="Check"/>, refusing it when it holds more than
    /// <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="log">False for files read once per process and fingerprinted on their own (fonts).</param>
    public static FileRead Read(string path, string? root, long maxBytes, bool log = true)
    {
        var check = Check(path, root);
        if (!check.Ok) return check;
        try
        {
            using var stream = new FileStream(check.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            var length = stream.Length;
            if (length > maxBytes) return TooLarge(check.RealPath, length, maxBytes);
            // An array of the file's size, filled without clearing it first (every byte is read into it), then one more
            // byte asked for: a file that grows while being read is still refused, not read without end. (An array of
            // size + 1 cut down to size afterwards was two allocations, and two copies, of every font and brief.)
            var buffer = GC.AllocateUninitializedArray<byte>((int)length);
            var total = 0;
            int n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            var bytes = total == buffer.Length ? buffer : buffer.AsSpan(0, total).ToArray();
            if (total == buffer.Length && stream.ReadByte() is >= 0 and var next)
            {
                // The file grew while being read: the rest, up to the limit + 1.
                var grown = new MemoryStream();
                grown.Write(buffer);
                grown.WriteByte((byte)next);
                var chunk = new byte[81920];
                while (grown.Length <= maxBytes && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - grown.Length))) > 0) grown.Write(chunk, 0, n);
                if (grown.Length > maxBytes) return TooLarge(check.RealPath, grown.Length, maxBytes);
                bytes = grown.ToArray();
            }
            if (log) ReadLog.Current?.Record(check.RealPath, bytes);
            return check with { Bytes = bytes };
        }
        catch (UnauthorizedAccessException) { return Refused(check.RealPath, FileProblem.Unreadable, "cannot be read: access denied"); }
        catch (IOException e) { return Refused(check.RealPath, FileProblem.Unreadable, $"cannot be read: {e.Message}"); }
    }

    /// <summary>Checks <paramref name="path"/> as <see cref="Read"/> does (real path, root, kind, opening it, its size
    /// against <paramref name="maxBytes"/>) and hands the open file and its length to <paramref name="inspect"/>, which
    /// reads only the parts it needs. An I/O error while inspecting refuses the file as an unreadable one.</summary>
    public static FileRead Inspect<T>(string path, string? root, long maxBytes, Func<SafeFileHandle, long, T> inspect, out T? result)
    {
        result = default;
        var check = Check(path, root);
        if (!check.Ok) return check;
        try
        {
            using var handle = File.OpenHandle(check.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes) return TooLarge(check.RealPath, length, maxBytes);
            result = inspect(handle, length);
            return check;
        }
        catch (UnauthorizedAccessException) { return Refused(check.RealPath, FileProblem.Unreadable, "cannot be read: access denied"); }
        catch (IOException e) { return Refused(check.RealPath, FileProblem.Unreadable, $"cannot be read: {e.Message}"); }
    }

    /// <summary><see cref="Read"/>, throwing <see cref="ConfinedFileException"/> when the file is refused.</summary>
    public static byte[] ReadOrThrow(string path, string? root, long maxBytes, bool log = true)
    {
        var read = Read(path, root, maxBytes, log);
        return read.Ok ? read.Bytes! : throw new ConfinedFileException(read, $"{DisplayPath.For(Path.GetFullPath(path))} {read.Message}");
    }

    /// <summary>The file's bytes mapped read-only (<see cref="MappedFile"/>) after the checks <see cref="Read"/> makes;
    /// where it cannot be mapped (an empty file, a system without mappings) or is refused, exactly what
    /// <see cref="ReadOrThrow"/> gives or throws. The mapping sees the file as it was when mapped, up to its size then.</summary>
    public static ReadOnlyMemory<byte> MapOrThrow(string path, string? root, long maxBytes)
    {
        var check = Check(path, root);
        if (check.Ok)
        {
            try
            {
                using var handle = File.OpenHandle(check.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var length = RandomAccess.GetLength(handle);
                if (length <= maxBytes && MappedFile.TryMap(handle, length) is { } mapped) return mapped.Memory;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return ReadOrThrow(path, root, maxBytes, log: false);
    }

    private static FileRead TooLarge(string real, long length, long max) =>
        Refused(real, FileProblem.TooLarge, $"is larger than the limit of {max:N0} bytes{(length > max + 1 ? $" ({length:N0} bytes)" : "")}");

    private static FileRead Refused(string path, FileProblem problem, string message) => new(null, path, problem, message);
}
