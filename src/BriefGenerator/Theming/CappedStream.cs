namespace BriefGenerator.Theming;

/// <summary>A read-only stream that fails with <see cref="InvalidDataException"/> once more than a given number of bytes
/// has been read from it (an inflating zip entry that would grow without bound).</summary>
internal sealed class CappedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > limit) throw new InvalidDataException($"the part inflates to more than {limit / (1024 * 1024)} MiB");
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
