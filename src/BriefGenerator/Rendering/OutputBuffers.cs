namespace BriefGenerator.Rendering;

/// <summary>The process's pool of output buffers (<see cref="OutputBytes"/>): a rendered PDF or DOCX is written into
/// one instead of a new array. A brief's outputs are large objects (a PDF or DOCX of ~140 KB is past the 85 KB at which
/// arrays go to the large-object heap), and that heap's allocation budget sets off full (generation 2) collections:
/// with a new pair of arrays a brief, 500 briefs ran 27 of them (17 with this pool). Buffers are shared by every thread (the formats
/// render on different threads, and the build writes the files on a third), sized with an eighth to spare in steps of 32 KB, and the pool
/// keeps at most a few of them and a bounded number of bytes in all: a buffer that grew for one huge output is handed to
/// the collector instead of staying for the rest of a long `watch`.</summary>
internal sealed class OutputBuffers
{
    /// <summary>The process's pool: six buffers (two formats of two briefs in flight, and the build writing the
    /// previous ones) and 16 MB at most.</summary>
    public static OutputBuffers Shared { get; } = new(6, 16L << 20);

    private const int Smallest = 64 << 10;
    private const int Step = 32 << 10;

    private readonly List<byte[]> Free;
    private long _keptBytes;

    /// <summary>A pool keeping at most <paramref name="kept"/> buffers and <paramref name="maxKeptBytes"/> bytes.</summary>
    public OutputBuffers(int kept, long maxKeptBytes)
    {
        Kept = kept;
        MaxKeptBytes = maxKeptBytes;
        Free = new List<byte[]>(kept);
    }

    /// <summary>Most buffers kept.</summary>
    public int Kept { get; }

    /// <summary>Most bytes kept in all.</summary>
    public long MaxKeptBytes { get; }

    /// <summary>Bytes kept now.</summary>
    public long KeptBytes { get { lock (Free) return _keptBytes; } }

    /// <summary>A buffer of at least <paramref name="length"/> bytes (its content is whatever it held before): the
    /// smallest kept one that is big enough, else a new one with an eighth to spare, in steps of 32 KB.</summary>
    public byte[] Rent(int length)
    {
        lock (Free)
        {
            var best = -1;
            for (var i = 0; i < Free.Count; i++)
                if (Free[i].Length >= length && (best < 0 || Free[i].Length < Free[best].Length)) best = i;
            if (best >= 0)
            {
                var buffer = Free[best];
                Free.RemoveAt(best);
                _keptBytes -= buffer.Length;
                return buffer;
            }
        }
        // An eighth to spare, so the next brief's slightly larger output fits too, in steps of 32 KB: not a power of two,
        // whose rounding (140 KB -> 256 KB for each format) used up the large-object heap's first budget and set off a
        // full collection in the middle of a one-brief build (cold seed: gen2 1 -> 0, 41 -> 23 ms of pause).
        var size = length <= Smallest ? Smallest : (int)Math.Min(Array.MaxLength, ((length + (long)length / 8) + Step - 1) / Step * Step);
        return GC.AllocateUninitializedArray<byte>(size);
    }

    /// <summary>Takes <paramref name="buffer"/> back, unless it is bigger than the pool's bytes allow. To make room
    /// the pool lets its smaller buffers go, never a bigger one for a smaller.</summary>
    public void Return(byte[] buffer)
    {
        lock (Free)
        {
            if (buffer.Length > MaxKeptBytes) return;
            while (Free.Count >= Kept || _keptBytes + buffer.Length > MaxKeptBytes)
            {
                var smallest = 0;
                for (var i = 1; i < Free.Count; i++) if (Free[i].Length < Free[smallest].Length) smallest = i;
                if (Free.Count == 0 || Free[smallest].Length >= buffer.Length) return;
                _keptBytes -= Free[smallest].Length;
                Free.RemoveAt(smallest);
            }
            Free.Add(buffer);
            _keptBytes += buffer.Length;
        }
    }
}
