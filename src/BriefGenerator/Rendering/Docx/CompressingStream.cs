using System.Buffers;
using System.IO.Compression;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A write-only stream that deflates what is written to it as a zip entry stores it and keeps the entry's
/// CRC-32 and length, so a large part is compressed as it is produced, never held whole. The bytes are those of one
/// deflate of the whole content (what the SDK's package stores): the deflater (zlib-ng) gives other bytes when fed in
/// small pieces, but the same when fed whole blocks of a multiple of 64 KiB, so input is passed on in 1 MiB blocks.
/// <see cref="Flush"/> does nothing: a sync flush would put a marker in the compressed data. The block is rented from
/// the shared array pool (a fresh 1 MiB array per brief went to the large-object heap).</summary>
internal sealed class CompressingStream : Stream
{
    private readonly MemoryStream _deflated = new();
    private readonly DeflateStream? _deflate;
    // The native binary's reused zlib stream when there is one (the same bytes: NativeDeflater), else _deflate.
    private readonly NativeDeflater? _native;
    private uint _crc = Crc32.Start;
    private long _length;
    private const int BlockBytes = 1 << 20;
    private byte[]? _block = ArrayPool<byte>.Shared.Rent(BlockBytes);
    private int _filled;

    /// <summary>A stream deflating at the level <see cref="CompressedEntry.Deflate"/> uses.</summary>
    public CompressingStream()
    {
        _native = NativeDeflater.Begin(raw: true, _deflated);
        if (_native is null) _deflate = new DeflateStream(_deflated, CompressionLevel.Optimal, leaveOpen: true);
    }

    /// <summary>Ends the compressed data and returns the entry; nothing may be written after.</summary>
    public CompressedEntry Finish()
    {
        Deflate(_filled);
        _filled = 0;
        if (_native is not null) _native.End();
        else _deflate!.Dispose();
        ReturnBlock();
        return new CompressedEntry(~_crc, _length, _deflated.ToArray());
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc = Crc32.Update(_crc, buffer);
        _length += buffer.Length;
        while (buffer.Length > 0)
        {
            var take = Math.Min(buffer.Length, BlockBytes - _filled);
            buffer[..take].CopyTo(Block.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
            if (_filled < BlockBytes) continue;
            Deflate(BlockBytes);
            _filled = 0;
        }
    }

    public override void Flush() { }

    private void Deflate(int count)
    {
        if (_native is not null) _native.Write(Block.AsSpan(0, count));
        else _deflate!.Write(Block, 0, count);
    }

    private byte[] Block => _block ?? throw new ObjectDisposedException(nameof(CompressingStream));

    private void ReturnBlock()
    {
        if (_block is null) return;
        ArrayPool<byte>.Shared.Return(_block);
        _block = null;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) { _native?.Release(); _deflate?.Dispose(); _deflated.Dispose(); ReturnBlock(); }
        base.Dispose(disposing);
    }
}
