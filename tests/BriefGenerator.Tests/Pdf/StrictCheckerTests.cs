using System.IO.Compression;
using System.Text;
using BriefGenerator.Tests.Pdf.Strict;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The strict checks themselves: they reject what strict readers reject (so a passing conformance test means
/// something) and accept what is right.</summary>
public class StrictCheckerTests
{
    private static readonly byte[] Text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 10 Tf (policy brief) Tj ET\n", 200)));

    private static byte[] Complete(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return packed.ToArray();
    }

    [Fact]
    public void Complete_zlib_data_decodes()
    {
        Assert.Equal(Text, StrictZlib.Decode(Complete(Text)));
        Assert.Equal(0x11E60398u, StrictZlib.Adler32("Wikipedia"u8)); // RFC 1950's example value, as Wikipedia gives it
    }

    [Fact]
    public void Zlib_data_without_its_final_block_and_checksum_is_rejected()
    {
        // What PDFsharp 6.2.4 wrote: flushed, never finished.
        using var packed = new MemoryStream();
        packed.Write(new byte[] { 0x78, 0xDA });
        var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true);
        deflate.Write(Text);
        deflate.Flush();
        Assert.Throws<InvalidDataException>(() => StrictZlib.Decode(packed.ToArray()));
    }

    [Fact]
    public void Zlib_data_with_a_wrong_checksum_is_rejected()
    {
        var data = Complete(Text);
        data[^1] ^= 0x55;
        Assert.Throws<InvalidDataException>(() => StrictZlib.Decode(data));
    }

    private static List<string> Check(string content, params int[] known) => ContentChecks.Page(Encoding.ASCII.GetBytes(content), 1, known.ToHashSet());

    [Fact]
    public void Properly_nested_content_passes()
    {
        Assert.Empty(Check("q /P <</MCID 0>> BDC BT (a) Tj ET EMC /Artifact BMC 0 0 m 1 1 l S EMC /P <</MCID 1>> BDC BT (b) Tj ET EMC Q", 0, 1));
    }

    [Theory]
    [InlineData("BT /P <</MCID 0>> BDC (a) Tj ET EMC", "ET closes BT")]                  // the defect the issue names
    [InlineData("/P <</MCID 0>> BDC q BT (a) Tj ET EMC Q", "EMC closes /P MCID 0 while q")] // a graphics state crossing a tag
    [InlineData("q BT (a) Tj ET Q", "neither tagged nor an artifact")]
    [InlineData("/Artifact BMC /P <</MCID 0>> BDC BT (a) Tj ET EMC EMC", "inside an artifact")]
    [InlineData("/P <</MCID 0>> BDC BT (a) Tj ET EMC /P <</MCID 0>> BDC BT (b) Tj ET EMC", "used twice")]
    [InlineData("/P <</MCID 7>> BDC BT (a) Tj ET EMC", "not in the structure tree")]
    [InlineData("/P <</MCID 0>> BDC BT (a) Tj ET", "still open")]
    public void Improper_content_is_reported(string content, string problem)
    {
        var problems = Check(content, 0);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
