using System.Runtime.CompilerServices;

namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>A first-in first-out queue of values kept in chunks of 8,192 (under the large-object heap's threshold, so a
/// long queue is never copied to grow). Values may be added while others are taken: a chunk read to its end is let go
/// (one is kept for the next values), and a taken reference is cleared at once, so the queue holds only what is still
/// waiting to be taken. A queue that is done with (<see cref="Release"/>) leaves its chunk to the next queue made on the
/// same thread (every PDF of a many-brief build lays out into new queues).</summary>
internal sealed class ChunkedQueue<T>
{
    private const int ChunkSize = 8192;
    [ThreadStatic] private static T[]? t_free;
    private readonly Queue<T[]> _chunks = new();
    private T[]? _tail, _spare;
    private int _write, _read;
    private long _count;

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Add(T value)
    {
        if (_tail is null || _write == ChunkSize)
        {
            _tail = _spare ?? Rent();
            _spare = null;
            _chunks.Enqueue(_tail);
            _write = 0;
        }
        _tail[_write++] = value;
        _count++;
    }

    /// <summary>Gives a chunk back to this thread for the next queue, once every value was taken (a taken reference is
    /// already cleared, so the chunk holds nothing); the queue must not be used again.</summary>
    public void Release()
    {
        if (_count != 0) return;
        var chunk = _spare ?? _tail;
        _chunks.Clear();
        _tail = _spare = null;
        _read = _write = 0;
        if (chunk is not null) t_free = chunk;
    }

    private static T[] Rent()
    {
        var chunk = t_free;
        if (chunk is null) return new T[ChunkSize];
        t_free = null;
        return chunk;
    }

    /// <summary>True while values are left to take.</summary>
    public bool Any => _count > 0;

    /// <summary>The next value, in the order they were added.</summary>
    public T Take()
    {
        if (_count == 0) throw new InvalidOperationException("Nothing left to take.");
        var head = _chunks.Peek();
        var value = head[_read];
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) head[_read] = default!;
        _read++;
        _count--;
        if (_read == ChunkSize)
        {
            _chunks.Dequeue();
            if (ReferenceEquals(head, _tail)) _tail = null;
            _spare = head;
            _read = 0;
        }
        else if (_count == 0) _read = _write = 0; // the head is the tail, read to where it was written: start it over
        return value;
    }
}
