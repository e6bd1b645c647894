using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace BriefGenerator.Files;

/// <summary>A file's bytes mapped read-only into memory (<see cref="ConfinedFile.MapOrThrow"/>), for the fonts: the pages
/// are the page cache's own, shared and faulted in only where read, instead of a fresh array the size of the file zeroed
/// and filled by a copy (3.6 MB for the seed's six faces, with the collection that large allocation started). The
/// mapping lives as long as this object (the faces, and so it, are kept for the process).</summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;

    private MappedFile(MemoryMappedViewAccessor view, byte* pointer, int length)
    {
        _view = view;
        _pointer = pointer;
        _length = length;
    }

    /// <summary>The first <paramref name="length"/> bytes of the open file mapped read-only; null when the system
    /// cannot map it (the caller reads it instead).</summary>
    public static MappedFile? TryMap(SafeFileHandle handle, long length)
    {
        if (length is <= 0 or > int.MaxValue) return null;
        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            // The view stays mapped on its own: letting go of the map lets go of its reference to the file, so no
            // descriptor (and no advisory lock) is held and the font can be replaced while the process runs.
            map.Dispose();
            return new MappedFile(view, pointer + view.PointerOffset, (int)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            view?.Dispose();
            map?.Dispose();
            return null;
        }
    }

    /// <inheritdoc/>
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc/>
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc/>
    public override void Unpin() { }

    // Never unmapped while in use: the faces that hold the mapping live for the process (HarfBuzz keeps its pointer).
    /// <inheritdoc/>
    protected override void Dispose(bool disposing) { }
}
