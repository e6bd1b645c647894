namespace BriefGenerator.Rendering.Docx;

/// <summary>A write-only view of a stream that its writer's disposal leaves open: the SDK's
/// <c>OpenXmlPartRootElement.Save(Stream)</c> closes the stream it writes to, and the XML it writes into a reused
/// scratch stream must be read back after it.</summary>
internal sealed class KeepOpenStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    public override void WriteByte(byte value) => inner.WriteByte(value);
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
