using System.Text;
using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>The file identifiers, derived from the file's content so that the same document gives the same bytes:
/// the trailer <c>/ID</c> and the XMP packet's document and instance ids are written as zeros, the finished file is
/// hashed, and the zeros are replaced in place by values drawn from that hash (same lengths, so offsets stay valid).</summary>
internal static class DocumentIds
{
    /// <summary>32 zero hex digits: the trailer's two id strings before they are filled.</summary>
    public static ReadOnlySpan<byte> ZeroHex => "00000000000000000000000000000000"u8;

    /// <summary>The zero UUID the XMP packet carries until it is filled (see <see cref="XmpPacket"/>).</summary>
    public static ReadOnlySpan<byte> ZeroUuid => "uuid:00000000-0000-0000-0000-000000000000"u8;

    /// <summary>Fills the trailer id (at <paramref name="trailerId"/>, two 32-digit strings separated by "&gt;&lt;") and
    /// every zero UUID of the XMP packet (within <paramref name="xmpStart"/> and <paramref name="xmpLength"/>).</summary>
    public static void Fill(Span<byte> pdf, int trailerId, int xmpStart, int xmpLength) =>
        Fill(Sha256.HashData(pdf), pdf, trailerId, xmpStart, xmpLength);

    /// <summary>Fills the identifiers drawn from <paramref name="hash"/> (the SHA-256 of the whole file with them zero)
    /// into <paramref name="pdf"/>, the part of the file that holds the trailer and the XMP packet (positions relative
    /// to it).</summary>
    public static void Fill(byte[] hash, Span<byte> pdf, int trailerId, int xmpStart, int xmpLength)
    {
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(hash));
        hex.AsSpan(0, 32).CopyTo(pdf[trailerId..]);
        hex.AsSpan(0, 32).CopyTo(pdf[(trailerId + 34)..]);
        if (xmpStart < 0) return;
        var xmp = pdf.Slice(xmpStart, xmpLength);
        int n = 0;
        for (int at = xmp.IndexOf(ZeroUuid); at >= 0; at = xmp.IndexOf(ZeroUuid))
        {
            var seed = Sha256.HashData(Encoding.ASCII.GetBytes(Convert.ToHexString(hash) + "#" + n++));
            Encoding.ASCII.GetBytes("uuid:" + new Guid(seed.AsSpan(0, 16)), xmp[at..]);
        }
    }
}
