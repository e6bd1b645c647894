using System.Runtime.InteropServices;

namespace BriefGenerator.Files;

/// <summary>The kind and size of a path without following a link at its end and without opening it, so that a named
/// pipe or a device is recognised before anything could block on it or read it without end. On Unix this asks
/// <c>lstat</c> through the .NET runtime's own native shim; where that is missing (Windows) it falls back to
/// <see cref="FileSystemInfo"/>, which has no pipes or devices to report.</summary>
public static partial class FileStat
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, Char = 0x2000, Dir = 0x4000, Block = 0x6000, Reg = 0x8000, Link = 0xA000, Sock = 0xC000;
    private static bool _nativeMissing = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD();

    /// <summary>The kind of <paramref name="path"/> and, for a regular file, its length in bytes.</summary>
    public static (FileKind Kind, long Length) Of(string path)
    {
        if (!_nativeMissing)
        {
            try { return Native(path); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { _nativeMissing = true; }
        }
        return Managed(path);
    }

    /// <summary>The kind, length and times of <paramref name="path"/> (its link, not the target, when it is one), from
    /// one <c>lstat</c>; where that is missing, from <see cref="FileInfo"/>, with no change time.</summary>
    public static FileMeta Meta(string path)
    {
        if (!_nativeMissing)
        {
            try { return NativeMeta(path); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { _nativeMissing = true; }
        }
        var (kind, length) = Managed(path);
        if (kind != FileKind.Regular) return new FileMeta(kind, length, 0, 0);
        var written = (File.GetLastWriteTimeUtc(path) - DateTime.UnixEpoch).Ticks * 100;
        return new FileMeta(kind, length, written, 0);
    }

    private static unsafe FileMeta NativeMeta(string path)
    {
        var buffer = stackalloc byte[512];
        if (LStat(path, buffer) != 0) return new FileMeta(FileKind.Missing, 0, 0, 0);
        var (kind, length) = Decode(buffer);
        // FileStatus goes on after Size: long ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec (the same in every
        // runtime since .NET Core 3; the fields after them differ between versions and are not read).
        var modified = *(long*)(buffer + 40) * 1_000_000_000 + *(long*)(buffer + 48);
        var changed = *(long*)(buffer + 56) * 1_000_000_000 + *(long*)(buffer + 64);
        return new FileMeta(kind, length, modified, changed);
    }

    private static unsafe (FileKind, long) Native(string path)
    {
        // The runtime's FileStatus struct: int Flags, int Mode, uint Uid, uint Gid, long Size, ... (more after it).
        // A generous buffer keeps this safe should the struct grow.
        var buffer = stackalloc byte[512];
        if (LStat(path, buffer) != 0) return (FileKind.Missing, 0);
        return Decode(buffer);
    }

    private static unsafe (FileKind, long) Decode(byte* buffer)
    {
        var mode = *(int*)(buffer + 4);
        var size = *(long*)(buffer + 16);
        return (mode & TypeMask) switch
        {
            Reg => (FileKind.Regular, size),
            Dir => (FileKind.Directory, 0),
            Link => (FileKind.SymbolicLink, 0),
            Fifo => (FileKind.Fifo, 0),
            Char or Block => (FileKind.Device, 0),
            Sock => (FileKind.Socket, 0),
            _ => (FileKind.Device, 0),
        };
    }

    private static (FileKind, long) Managed(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return (FileKind.SymbolicLink, 0);
        // Without lstat's file type, a zero-length entry on Unix may be a pipe or a device (which report no size):
        // refuse it rather than open it. (An empty regular file is refused too; only this fallback does that.)
        if (info.Exists) return info.Length == 0 && !OperatingSystem.IsWindows() ? (FileKind.Device, 0) : (FileKind.Regular, info.Length);
        return Directory.Exists(path) ? (FileKind.Directory, 0) : (FileKind.Missing, 0);
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* output);
}
