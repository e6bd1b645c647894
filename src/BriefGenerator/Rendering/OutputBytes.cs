namespace BriefGenerator.Rendering;

/// <summary>An output's bytes held in a buffer lent by <see cref="OutputBuffers"/> (or in an array of its own, see
/// <see cref="Of"/>), so that a build of many briefs does not allocate a new large array for every PDF and DOCX (each a
/// large object, whose heap's budget sets off full collections). <see cref="Dispose"/> hands the buffer back for the next
/// output: call it once nothing reads the bytes any more (the build does, once it has written and hashed its files).</summary>
public sealed class OutputBytes : IDisposable
{
    private byte[]? _buffer;
    private readonly OutputBuffers? _pool;

    private OutputBytes(byte[] buffer, int length, OutputBuffers? pool)
    {
        _buffer = buffer;
        Length = length;
        _pool = pool;
    }

    /// <summary>A buffer lent by <paramref name="pool"/> (the process's when null) with room for
    /// <paramref name="length"/> bytes, to be filled through <see cref="Writable"/>.</summary>
    internal static OutputBytes Rent(int length, OutputBuffers? pool = null)
    {
        pool ??= OutputBuffers.Shared;
        return new(pool.Rent(length), length, pool);
    }

    /// <summary>Bytes copied into a lent buffer.</summary>
    internal static OutputBytes Copy(ReadOnlySpan<byte> bytes)
    {
        var output = Rent(bytes.Length);
        bytes.CopyTo(output.Writable);
        return output;
    }

    /// <summary>An array that is not the pool's: <see cref="Dispose"/> leaves it alone.</summary>
    public static OutputBytes Of(byte[] bytes) => new(bytes, bytes.Length, null);

    /// <summary>The number of bytes.</summary>
    public int Length { get; }

    /// <summary>The bytes; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    /// <summary>The bytes, to fill or change in place before they are handed on.</summary>
    internal Span<byte> Writable => Buffer.AsSpan(0, Length);

    /// <summary>A stream that writes the bytes from the start, within <see cref="Length"/>.</summary>
    internal MemoryStream OpenWrite() => new(Buffer, 0, Length, writable: true);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(OutputBytes));

    /// <summary>A new array with the bytes (for callers that keep them), this buffer handed back.</summary>
    public byte[] ToArrayAndDispose()
    {
        var buffer = Buffer;
        if (_pool is null && buffer.Length == Length) { _buffer = null; return buffer; }
        var array = Memory.ToArray();
        Dispose();
        return array;
    }

    /// <summary>Hands the buffer back to the pool (once; later calls do nothing). The bytes must not be read after.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer) _pool?.Return(buffer);
    }
}
