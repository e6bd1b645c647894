namespace BriefGenerator.Rendering;

/// <summary>Memory streams reused by the thread that renders: a PDF is written whole into memory (its streams not yet
/// compressed) and rewritten into a second buffer, once per brief. A fresh growing <see cref="MemoryStream"/> for
/// each allocated and cleared a chain of ever larger arrays per brief (those of 85 KB and more on the large-object heap);
/// large arrays go straight to the large-object heap, whose budget triggers full (generation 2) collections, which
/// stop every worker. Each thread keeps a few streams instead; memory stays flat in the number of briefs (at most
/// <see cref="Kept"/> streams of at most <see cref="MaxKeptBytes"/> each, per rendering thread).</summary>
internal static class ScratchStreams
{
    private const int Kept = 3;
    private const int MaxKeptBytes = 8 << 20; // a bigger one (a huge table) is left to the collector

    [ThreadStatic] private static Stack<MemoryStream>? _free;

    /// <summary>An empty stream, reused if this thread has one. Hand it back with <see cref="Return"/> once nothing
    /// refers to its buffer any more (copy out what must outlive it).</summary>
    public static MemoryStream Rent()
    {
        if (_free is { Count: > 0 } free)
        {
            var stream = free.Pop();
            stream.SetLength(0);
            return stream;
        }
        return new MemoryStream();
    }

    /// <summary>Keeps <paramref name="stream"/> for this thread's next <see cref="Rent"/> (unless it grew too big or
    /// enough are kept).</summary>
    public static void Return(MemoryStream stream)
    {
        if (stream.Capacity > MaxKeptBytes) return;
        var free = _free ??= new Stack<MemoryStream>(Kept);
        if (free.Count < Kept) free.Push(stream);
    }
}
