using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The same brief gives the same bytes: no clock, no random ids.</summary>
public class ReproducibilityTests
{
    [Fact]
    public void Same_document_twice_gives_identical_bytes()
    {
        var first = PdfFixture.Render(SampleDocuments.Everything()).Pdf;
        var second = PdfFixture.Render(SampleDocuments.Everything()).Pdf;
        Assert.Equal(first.Length, second.Length);
        Assert.True(first.AsSpan().SequenceEqual(second), "PDF bytes differ between two renders");
    }

    [Fact]
    public void Every_date_in_the_file_is_the_document_timestamp()
    {
        var text = System.Text.Encoding.Latin1.GetString(PdfFixture.Everything);
        var dates = System.Text.RegularExpressions.Regex.Matches(text, @"\(D:(\d{8})").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Equal("20261101", d));
    }

    [Fact]
    public void Different_documents_get_different_ids()
    {
        var a = PdfFixture.Render(SampleDocuments.Everything()).Pdf;
        var b = PdfFixture.Render(PdfFixture.Doc(SampleDocuments.P("Another brief."))).Pdf;
        Assert.NotEqual(TrailerId(a), TrailerId(b));
    }

    private static string TrailerId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ID", StringComparison.Ordinal);
        return text.Substring(at, 40);
    }
}
