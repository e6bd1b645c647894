using System.Security.Cryptography;
using System.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Makes PDFsharp's output depend on its content only. PDFsharp 6.2.4 draws the XMP document/instance ids and
/// the trailer /ID from random GUIDs; each is replaced in place by a value of the same length derived from a hash of the
/// content, so cross-reference offsets stay valid. (Its random font subset tags are replaced earlier, by
/// <see cref="EmbeddedFontNames"/>.)</summary>
internal static class ReproducibleBytes
{
    private const int UuidLength = 41; // "uuid:" and 8-4-4-4-12 hex digits
    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly byte[] ZeroUuid = "uuid:00000000-0000-0000-0000-000000000000"u8.ToArray();

    /// <summary>Makes every random identifier of <paramref name="pdf"/> deterministic, in place; returns the same array.</summary>
    public static byte[] Normalize(byte[] pdf)
    {
        // XMP ids and the trailer /ID are derived from everything else: a hash of the file with them zeroed.
        var uuids = FindUuids(pdf);
        var ids = FindTrailerIds(pdf);
        var hex = Convert.ToHexString(HashWithoutIds(pdf, uuids, ids));
        int n = 0;
        foreach (var at in uuids)
            Latin1.GetBytes("uuid:" + new Guid(Hash(hex + "#" + n++).AsSpan(0, 16)), pdf.AsSpan(at, UuidLength));
        foreach (var id in ids)
        {
            var full = Latin1.GetString(pdf, id.Start, id.Length);
            var a = Latin1.GetString(pdf, id.A, id.ALength);
            var b = Latin1.GetString(pdf, id.B, id.BLength);
            var replaced = full.Replace(a, hex[..a.Length]).Replace(b, hex[..b.Length]);
            if (replaced.Length != full.Length) throw new InvalidOperationException("PDF length changed while normalizing.");
            Latin1.GetBytes(replaced, pdf.AsSpan(id.Start, id.Length));
        }
        return pdf;
    }

    /// <summary>A trailer <c>/ID[&lt;a&gt;&lt;b&gt;]</c>: where it is and where its two hex strings are.</summary>
    private readonly record struct TrailerId(int Start, int Length, int A, int ALength, int B, int BLength);

    private static List<int> FindUuids(byte[] pdf)
    {
        var found = new List<int>();
        for (int i = 0; ;)
        {
            int at = pdf.AsSpan(i).IndexOf("uuid:"u8);
            if (at < 0) return found;
            at += i;
            if (IsUuid(pdf, at)) { found.Add(at); i = at + UuidLength; }
            else i = at + 1;
        }
    }

    private static bool IsUuid(byte[] pdf, int at)
    {
        if (at + UuidLength > pdf.Length) return false;
        for (int k = 5; k < UuidLength; k++)
        {
            bool dash = k is 13 or 18 or 23 or 28;
            if (dash ? pdf[at + k] != '-' : !PdfBytes.IsHex(pdf[at + k])) return false;
        }
        return true;
    }

    // "/ID" [ws] "[" [ws] "<" hex ">" [ws] "<" hex ">" [ws] "]"
    private static List<TrailerId> FindTrailerIds(byte[] pdf)
    {
        var found = new List<TrailerId>();
        ReadOnlySpan<byte> text = pdf;
        for (int i = 0; ;)
        {
            int start = text[i..].IndexOf("/ID"u8);
            if (start < 0) return found;
            start += i;
            int at = PdfBytes.SkipSpaces(text, start + 3);
            if (PdfBytes.TryRead(text, ref at, "["u8) && HexString(text, ref at, out var a, out var aLength)
                && HexString(text, ref at, out var b, out var bLength))
            {
                at = PdfBytes.SkipSpaces(text, at);
                if (PdfBytes.TryRead(text, ref at, "]"u8))
                {
                    found.Add(new TrailerId(start, at - start, a, aLength, b, bLength));
                    i = at;
                    continue;
                }
            }
            i = start + 1;
        }
    }

    // [ws] "<" hex digits ">"
    private static bool HexString(ReadOnlySpan<byte> text, ref int at, out int start, out int length)
    {
        at = PdfBytes.SkipSpaces(text, at);
        start = at + 1;
        length = 0;
        if (!PdfBytes.TryRead(text, ref at, "<"u8)) return false;
        while (at < text.Length && PdfBytes.IsHex(text[at])) at++;
        length = at - start;
        return length > 0 && PdfBytes.TryRead(text, ref at, ">"u8);
    }

    private static byte[] HashWithoutIds(byte[] pdf, List<int> uuids, List<TrailerId> ids)
    {
        var cuts = uuids.Select(u => (Start: u, Length: UuidLength, Id: (TrailerId?)null))
            .Concat(ids.Select(id => (id.Start, id.Length, Id: (TrailerId?)id)))
            .OrderBy(c => c.Start);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int done = 0;
        foreach (var (start, length, id) in cuts)
        {
            hash.AppendData(pdf, done, start - done);
            if (id is { } t)
                hash.AppendData(Latin1.GetBytes("/ID[<" + new string('0', t.ALength) + "><" + new string('0', t.BLength) + ">]"));
            else hash.AppendData(ZeroUuid);
            done = start + length;
        }
        hash.AppendData(pdf, done, pdf.Length - done);
        return hash.GetHashAndReset();
    }

    private static byte[] Hash(string s) => SHA256.HashData(Latin1.GetBytes(s));
}
