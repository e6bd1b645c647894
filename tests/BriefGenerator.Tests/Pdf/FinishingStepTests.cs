using System.IO.Compression;
using System.Text;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Tests.Pdf.Strict;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The byte-level finishing steps on their own: the page's first tag moved out of its text object, PDFsharp's
/// unterminated zlib data read back whole and written complete, font names made PostScript names.</summary>
public class FinishingStepTests
{
    private static string Tidy(string content) => Encoding.ASCII.GetString(ContentStreamNesting.Tidy(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void The_first_tag_of_a_page_opens_before_its_text_object()
    {
        var tidied = Tidy("q\nq\nq\nQ\nBT\n/H1<</MCID 0>>BDC\n/F0 16 Tf\n62 760 Td\n<0028> Tj\nET\nEMC\nBT\nET\n/P<</MCID 1>>BDC\nBT\n<0029> Tj\nET\nEMC\nQ\nQ");
        Assert.Equal("q\nq\nq\nQ\n/H1<</MCID 0>>BDC\nBT\n/F0 16 Tf\n62 760 Td\n<0028> Tj\nET\nEMC\n/P<</MCID 1>>BDC\nBT\n<0029> Tj\nET\nEMC\nQ\nQ", tidied);
        Assert.Empty(ContentChecks.Page(Encoding.ASCII.GetBytes(tidied), 1, new HashSet<int> { 0, 1 }));
    }

    [Fact]
    public void Unterminated_zlib_data_is_read_whole_and_written_complete()
    {
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("sRGB profile bytes ", 500)));
        using var packed = new MemoryStream();
        packed.Write(new byte[] { 0x78, 0xDA });
        var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true);
        deflate.Write(data);
        deflate.Flush(); // what PDFsharp 6.2.4 leaves: no final block, no Adler-32
        var inflated = StreamDeflater.Inflate(packed.ToArray());
        Assert.Equal(data, inflated);
        Assert.Equal(data, StrictZlib.Decode(StreamDeflater.Deflate(inflated)));
    }

    [Theory]
    [InlineData("Noto Sans,Bold", "NotoSans-Bold")]
    [InlineData("Some (odd) name/with%delims", "Someoddnamewithdelims")]
    [InlineData("", "Font")]
    public void Names_that_are_not_PostScript_names_are_made_so(string name, string expected) =>
        Assert.Equal(expected, EmbeddedFontNames.Sanitize(name));
}
