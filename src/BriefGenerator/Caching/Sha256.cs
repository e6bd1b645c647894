using System.Buffers.Binary;
using System.Numerics;

namespace BriefGenerator.Caching;

/// <summary>SHA-256 (FIPS 180-4) for the small inputs a build hashes (briefs, templates, outputs, PDF streams, subset
/// keys): computed here, so a build that hashes little never loads OpenSSL, whose loading and start-up (the libraries'
/// relocations, its configuration, ~220 page faults) cost a cold build ~10 ms — more than all its hashing (~0.9 MB for
/// the seed). Inputs of <see cref="LargeBytes"/> or more, and everything once the process has hashed
/// <see cref="ManagedBudget"/> here (a build of many briefs, <c>--verify</c>), go to
/// <see cref="System.Security.Cryptography.SHA256"/> (OpenSSL, with the processor's SHA instructions), several times
/// faster per byte. The digests are the same either way.</summary>
public sealed class Sha256 : IDisposable
{
    /// <summary>From this many bytes on, OpenSSL hashes (1 MiB).</summary>
    public const int LargeBytes = 1 << 20;

    /// <summary>Bytes hashed here per process before OpenSSL takes over for good (2 MiB).</summary>
    public const long ManagedBudget = 2L << 20;

    private static long _managedBytes;

    /// <summary>Length of a digest in bytes.</summary>
    public const int HashBytes = 32;

    private static readonly uint[] K =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private readonly uint[] _state = new uint[8];
    private readonly byte[] _block = new byte[64];
    private int _filled;
    private long _length;
    // Past LargeBytes, an incremental hash hands everything to OpenSSL: what came before is kept until then.
    private System.Security.Cryptography.IncrementalHash? _large;
    private MemoryStream? _kept;

    private readonly bool _managedOnly;

    /// <summary>An empty incremental hash (<see cref="AppendData(ReadOnlySpan{byte})"/>, then <see cref="GetHashAndReset"/>).</summary>
    public Sha256() => Reset();

    /// <summary>An incremental hash that never hands over to OpenSSL (tests of this code).</summary>
    internal Sha256(bool managedOnly) : this() => _managedOnly = managedOnly;

    /// <summary>The digest of <paramref name="data"/>.</summary>
    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        var hash = new byte[HashBytes];
        HashData(data, hash);
        return hash;
    }

    /// <summary>Writes the digest of <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void HashData(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (data.Length >= LargeBytes || Interlocked.Add(ref _managedBytes, data.Length) > ManagedBudget)
        {
            System.Security.Cryptography.SHA256.HashData(data, destination);
            return;
        }
        HashManaged(data, destination);
    }

    /// <summary>The digest computed here whatever the size (tests of this code).</summary>
    internal static void HashManaged(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<uint> state = stackalloc uint[8];
        Initial(state);
        var whole = data.Length & ~63;
        Blocks(state, data[..whole]);
        Finish(state, data[whole..], data.Length, destination);
    }

    /// <summary>Adds <paramref name="data"/> to the incremental hash.</summary>
    public void AppendData(ReadOnlySpan<byte> data)
    {
        if (_large is not null) { _large.AppendData(data); return; }
        if (!_managedOnly && (_length + data.Length >= LargeBytes || Interlocked.Add(ref _managedBytes, data.Length) > ManagedBudget))
        {
            _large = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            if (_kept is not null) _large.AppendData(_kept.GetBuffer().AsSpan(0, (int)_kept.Length));
            _kept = null;
            _large.AppendData(data);
            return;
        }
        if (!_managedOnly) (_kept ??= new MemoryStream()).Write(data);
        _length += data.Length;
        if (_filled > 0)
        {
            var take = Math.Min(64 - _filled, data.Length);
            data[..take].CopyTo(_block.AsSpan(_filled));
            _filled += take;
            data = data[take..];
            if (_filled < 64) return;
            Blocks(_state, _block);
            _filled = 0;
        }
        var whole = data.Length & ~63;
        Blocks(_state, data[..whole]);
        data[whole..].CopyTo(_block);
        _filled = data.Length - whole;
    }

    /// <summary>Adds <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
    public void AppendData(byte[] data, int offset, int count) => AppendData(data.AsSpan(offset, count));

    /// <summary>Adds <paramref name="data"/>.</summary>
    public void AppendData(byte[] data) => AppendData(data.AsSpan());

    /// <summary>The digest of everything added since the last reset; the hash is empty again afterwards.</summary>
    public byte[] GetHashAndReset()
    {
        byte[] hash;
        if (_large is not null) hash = _large.GetHashAndReset();
        else
        {
            hash = new byte[HashBytes];
            Finish(_state, _block.AsSpan(0, _filled), _length, hash);
        }
        Reset();
        return hash;
    }

    /// <summary>Lets go of OpenSSL's hash, if one was taken.</summary>
    public void Dispose() => Reset();

    private void Reset()
    {
        Initial(_state);
        _filled = 0;
        _length = 0;
        _large?.Dispose();
        _large = null;
        _kept = null;
    }

    private static void Initial(Span<uint> state)
    {
        state[0] = 0x6a09e667; state[1] = 0xbb67ae85; state[2] = 0x3c6ef372; state[3] = 0xa54ff53a;
        state[4] = 0x510e527f; state[5] = 0x9b05688c; state[6] = 0x1f83d9ab; state[7] = 0x5be0cd19;
    }

    // The last partial block, the 0x80 marker, zeros and the length in bits; then the state as big-endian words.
    private static void Finish(Span<uint> state, ReadOnlySpan<byte> tail, long length, Span<byte> destination)
    {
        Span<byte> last = stackalloc byte[128];
        last.Clear();
        tail.CopyTo(last);
        last[tail.Length] = 0x80;
        var size = tail.Length + 9 <= 64 ? 64 : 128;
        BinaryPrimitives.WriteInt64BigEndian(last[(size - 8)..], length * 8);
        Blocks(state, last[..size]);
        for (var i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(destination[(4 * i)..], state[i]);
    }

    private static void Blocks(Span<uint> state, ReadOnlySpan<byte> data)
    {
        Span<uint> w = stackalloc uint[64];
        var k = K;
        for (var offset = 0; offset + 64 <= data.Length; offset += 64)
        {
            var block = data.Slice(offset, 64);
            for (var i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
            for (var i = 16; i < 64; i++)
            {
                uint x = w[i - 15], y = w[i - 2];
                var s0 = BitOperations.RotateRight(x, 7) ^ BitOperations.RotateRight(x, 18) ^ (x >> 3);
                var s1 = BitOperations.RotateRight(y, 17) ^ BitOperations.RotateRight(y, 19) ^ (y >> 10);
                w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
            }
            uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
            for (var i = 0; i < 64; i++)
            {
                var t1 = unchecked(h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + k[i] + w[i]);
                var t2 = unchecked((BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c)));
                h = g; g = f; f = e; e = unchecked(d + t1); d = c; c = b; b = a; a = unchecked(t1 + t2);
            }
            state[0] = unchecked(state[0] + a); state[1] = unchecked(state[1] + b); state[2] = unchecked(state[2] + c); state[3] = unchecked(state[3] + d);
            state[4] = unchecked(state[4] + e); state[5] = unchecked(state[5] + f); state[6] = unchecked(state[6] + g); state[7] = unchecked(state[7] + h);
        }
    }
}
