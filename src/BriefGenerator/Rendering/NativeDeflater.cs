using System.Runtime.InteropServices;

namespace BriefGenerator.Rendering;

/// <summary>Deflate through the calling thread's own zlib-ng stream, reset for each piece of data, in the native binary
/// (<c>Native/deflate.c</c>, linked into the Linux Native AOT build): <see cref="System.IO.Compression.DeflateStream"/>
/// sets zlib up afresh for every stream (~300 KB allocated and cleared, ~6 % of a cold build's CPU for its ~55
/// streams). It makes the calls DeflateStream makes — the same level, window and memory level, each write handed over
/// whole, output taken in DeflateStream's 8 KB pieces, then finished — so the bytes are the same. A reset stream's bytes
/// are not always a new one's, so for data that must keep those, <see cref="TryDeflateFresh"/> sets a stream up anew
/// each time, on the thread's one block of cleared memory (a DeflateStream's new memory each time was ~85 page faults).
/// Elsewhere (the JIT, other systems) <see cref="Begin"/> returns null and callers use DeflateStream.</summary>
internal sealed unsafe class NativeDeflater
{
    private const int OutputPiece = 8192;
    private const int NoFlush = 0, Finish = 4, StreamEnd = 1, BufferError = -5;
    private static int _available; // 0 not known yet, 1 linked in, -1 not
    [ThreadStatic] private static int _busy; // the kinds (1 zlib, 2 raw, 4 raw set up afresh) this thread has begun and not ended
    private readonly IntPtr _stream;
    private readonly int _kind;
    private readonly int _thread = Environment.CurrentManagedThreadId;
    private readonly Stream _output;
    // The output piece: one per thread and kind (a thread has at most one deflater of each kind open), not one per
    // stream: 8 KB a stream was some 70 KB of garbage a brief in a build of many.
    [ThreadStatic] private static byte[]? _zlibPiece, _rawPiece, _freshPiece;
    private readonly byte[] _piece;

    private NativeDeflater(IntPtr stream, int kind, Stream output)
    {
        _stream = stream;
        _kind = kind;
        _output = output;
        _piece = kind switch
        {
            1 => _zlibPiece ??= new byte[OutputPiece],
            2 => _rawPiece ??= new byte[OutputPiece],
            _ => _freshPiece ??= new byte[OutputPiece],
        };
    }

    /// <summary>A deflater writing zlib data (<paramref name="raw"/> false; RFC 1950, as ZLibStream) or raw deflate (as
    /// DeflateStream) to <paramref name="output"/>, at the default level; null when the native helpers are not linked in.
    /// Used on the thread that began it only; while one is open, that thread gets null for another of the same kind.</summary>
    public static NativeDeflater? Begin(bool raw, Stream output) => BeginKind(raw ? 2 : 1, output);

    // Kind 1 zlib data, 2 raw deflate, 4 raw deflate from a stream set up afresh; the native side numbers them 0, 1, 2.
    private static NativeDeflater? BeginKind(int kind, Stream output)
    {
        if (_available < 0 || (_busy & kind) != 0) return null;
        IntPtr stream;
        try { stream = BeginStream(kind >> 1); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _available = -1;
            return null;
        }
        _available = 1;
        if (stream == IntPtr.Zero) return null;
        _busy |= kind;
        return new NativeDeflater(stream, kind, output);
    }

    /// <summary>Deflates <paramref name="data"/> whole into <paramref name="output"/> and ends it, as <see cref="Begin"/>
    /// with <paramref name="raw"/> would; false, with nothing written, when the native helpers are not linked in (or
    /// there is no data: the managed streams' handling of that is their own), and the caller deflates it itself.</summary>
    public static bool TryDeflate(bool raw, ReadOnlySpan<byte> data, Stream output) => TryDeflateKind(raw ? 2 : 1, data, output);

    /// <summary>Deflates <paramref name="data"/> whole into <paramref name="output"/> as raw deflate from a stream set up
    /// anew, as a new DeflateStream would (the bytes of a new deflater, which a reset one's are not always); false, with
    /// nothing written, when the native helpers are not linked in or there is no data.</summary>
    public static bool TryDeflateFresh(ReadOnlySpan<byte> data, Stream output) => TryDeflateKind(4, data, output);

    private static bool TryDeflateKind(int kind, ReadOnlySpan<byte> data, Stream output)
    {
        if (data.IsEmpty || BeginKind(kind, output) is not { } native) return false;
        try
        {
            native.Write(data);
            native.End();
        }
        finally { native.Release(); }
        return true;
    }

    /// <summary>Deflates <paramref name="data"/> (what DeflateStream.Write does).</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        OnOwnThread();
        fixed (byte* input = data)
        {
            uint left = (uint)data.Length;
            while (left > 0)
            {
                var code = Step(input + (data.Length - (int)left), left, NoFlush, out left);
                if (code < 0 && code != BufferError) throw new IOException($"deflate failed ({code})");
            }
        }
    }

    /// <summary>Ends the data (what disposing a DeflateStream does) and gives the stream back to the thread.</summary>
    public void End()
    {
        OnOwnThread();
        try
        {
            int code;
            do
            {
                code = Step(null, 0, Finish, out _);
                if (code < 0 && code != BufferError) throw new IOException($"deflate failed ({code})");
            }
            while (code != StreamEnd);
        }
        finally { Release(); }
    }

    /// <summary>Gives the stream back without ending the data (what was written is dropped by the next
    /// <see cref="Begin"/>); nothing when it was given back already.</summary>
    public void Release()
    {
        if (Environment.CurrentManagedThreadId == _thread) _busy &= ~_kind;
    }

    // The zlib stream is the beginning thread's own: another thread using it could meet that thread's next piece of data.
    private void OnOwnThread()
    {
        if (Environment.CurrentManagedThreadId != _thread)
            throw new InvalidOperationException("a native deflater is used only on the thread that began it");
    }

    private int Step(byte* input, uint length, int flush, out uint inputLeft)
    {
        int code;
        uint outputLeft;
        fixed (byte* output = _piece) code = StepStream(_stream, input, length, output, OutputPiece, flush, out inputLeft, out outputLeft);
        var produced = OutputPiece - (int)outputLeft;
        if (produced > 0) _output.Write(_piece, 0, produced);
        return code;
    }

    [DllImport("brief_native", EntryPoint = "brief_deflate_begin")]
    private static extern IntPtr BeginStream(int kind);

    [DllImport("brief_native", EntryPoint = "brief_deflate_step")]
    private static extern int StepStream(IntPtr stream, byte* input, uint inputLength, byte* output, uint outputLength, int flush,
        out uint inputLeft, out uint outputLeft);
}
