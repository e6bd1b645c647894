namespace BriefGenerator.Tests.Pdf;

/// <summary>Every page but the cover carries the short title on top and "Page N of M" at the foot.</summary>
public class RunningHeaderFooterTests
{
    [Fact]
    public void Footer_numbers_every_page_after_the_cover()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var count = pdf.NumberOfPages;
        Assert.True(count >= 3, $"{count} pages");
        for (int i = 2; i <= count; i++)
            Assert.Contains($"Page {i} of {count}", pdf.GetPage(i).Text);
    }

    [Fact]
    public void Cover_page_has_no_running_header_or_footer()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var cover = pdf.GetPage(1);
        Assert.DoesNotContain("Page 1 of", cover.Text);
        // The title appears once on the cover (as the title), not a second time as a running header.
        Assert.Single(cover.GetWords(), w => w.Text == "Brief");
    }

    [Fact]
    public void Header_shows_the_short_title_at_the_top()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var page = pdf.GetPage(2);
        var header = page.GetWords().First(w => w.Text == "Test");
        Assert.True(header.BoundingBox.Bottom > page.Height - 64, "header sits in the top margin");
    }

    [Fact]
    public void Body_starts_on_the_page_after_the_cover()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        Assert.DoesNotContain("Key points", pdf.GetPage(1).Text);
        Assert.Contains("Key points", pdf.GetPage(2).Text);
    }
}
