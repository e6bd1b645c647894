namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>Values appended in chunks of 8,192 (under the large-object heap's threshold, so a long list is never copied
/// to grow) and taken back in order once, each chunk let go as soon as it has been read.</summary>
internal sealed class ChunkedQueue<T>
{
    private const int ChunkSize = 8192;
    private readonly List<T[]?> _chunks = new();
    private int _count, _read;

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Add(T value)
    {
        if (_count % ChunkSize == 0) _chunks.Add(new T[ChunkSize]);
        _chunks[_count / ChunkSize]![_count % ChunkSize] = value;
        _count++;
    }

    /// <summary>True while values are left to take.</summary>
    public bool Any => _read < _count;

    /// <summary>The next value, in the order they were added.</summary>
    public T Take()
    {
        if (_read >= _count) throw new InvalidOperationException("Nothing left to take.");
        var chunk = _read / ChunkSize;
        var value = _chunks[chunk]![_read % ChunkSize];
        _read++;
        if (_read % ChunkSize == 0 || _read == _count) _chunks[chunk] = null;
        return value;
    }
}
