using System.Text;
using BriefGenerator.Caching;

namespace BriefGenerator.Tests.Caching;

/// <summary>The build's own SHA-256 gives the digests OpenSSL's does: the standard's test vectors, every length around
/// the block and padding boundaries, data added in pieces of any size, and inputs past the size handed to OpenSSL. The
/// managed code is called directly (<c>HashManaged</c>, <c>new Sha256(managedOnly: true)</c>): the public entry points
/// hand over to OpenSSL once the process has hashed its budget, which other tests may already have spent.</summary>
public class Sha256Tests
{
    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    private static byte[] Managed(ReadOnlySpan<byte> data)
    {
        var hash = new byte[Sha256.HashBytes];
        Sha256.HashManaged(data, hash);
        return hash;
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Gives_the_standards_test_vectors(string text, string digest)
    {
        Assert.Equal(digest, Hex(Managed(Encoding.ASCII.GetBytes(text))));
        Assert.Equal(digest, Hex(Sha256.HashData(Encoding.ASCII.GetBytes(text))));
        using var incremental = new Sha256(managedOnly: true);
        foreach (var b in Encoding.ASCII.GetBytes(text)) incremental.AppendData([b]);
        Assert.Equal(digest, Hex(incremental.GetHashAndReset()));
    }

    [Fact]
    public void Matches_openssl_at_every_length_around_the_block_boundaries()
    {
        var data = new byte[300];
        new Random(7).NextBytes(data);
        for (var n = 0; n <= data.Length; n++)
            Assert.Equal(Hex(System.Security.Cryptography.SHA256.HashData(data.AsSpan(0, n))), Hex(Managed(data.AsSpan(0, n))));
    }

    [Fact]
    public void Matches_openssl_when_fed_in_pieces_and_after_a_reset()
    {
        var data = new byte[10_000];
        new Random(11).NextBytes(data);
        var expected = Hex(System.Security.Cryptography.SHA256.HashData(data));
        using var hash = new Sha256(managedOnly: true);
        foreach (var piece in new[] { 1, 3, 63, 64, 65, 127, 500, 4096 })
        {
            for (var at = 0; at < data.Length; at += piece) hash.AppendData(data, at, Math.Min(piece, data.Length - at));
            Assert.Equal(expected, Hex(hash.GetHashAndReset()));
        }
        hash.AppendData(data);
        Assert.Equal(expected, Hex(hash.GetHashAndReset()));
    }

    [Fact]
    public void Large_inputs_give_the_same_digest_whichever_way_they_are_hashed()
    {
        var data = new byte[Sha256.LargeBytes + 1000];
        new Random(13).NextBytes(data);
        var expected = Hex(System.Security.Cryptography.SHA256.HashData(data));
        Assert.Equal(expected, Hex(Sha256.HashData(data)));
        using var hash = new Sha256();
        for (var at = 0; at < data.Length; at += 100_000) hash.AppendData(data.AsSpan(at, Math.Min(100_000, data.Length - at)));
        Assert.Equal(expected, Hex(hash.GetHashAndReset()));
        // The build's own code on the same megabyte: the same digest as OpenSSL's.
        Assert.Equal(expected, Hex(Managed(data)));
        using var managed = new Sha256(managedOnly: true);
        managed.AppendData(data);
        Assert.Equal(expected, Hex(managed.GetHashAndReset()));
    }
}
