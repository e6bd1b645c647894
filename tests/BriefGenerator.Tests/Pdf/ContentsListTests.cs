using BriefGenerator.Theming;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Tokens;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>With <c>toc: true</c> a contents list follows the cover, with right page numbers and links.</summary>
public class ContentsListTests
{
    private static readonly Lazy<byte[]> Pdf = new(() =>
        PdfFixture.Render(Everything() with { Info = Info("Contents Brief") }, Theme.Default with { Toc = true }).Pdf);

    [Fact]
    public void Contents_page_follows_the_cover_and_lists_sections_with_their_pages()
    {
        using var pdf = PdfFixture.Open(Pdf.Value);
        var contents = pdf.GetPage(2);
        Assert.Contains("Contents", contents.Text);
        // Sections start on the pages after the contents page.
        var firstPage = pdf.GetPages().First(p => p.Number > 2 && p.Text.Contains("First Section")).Number;
        var secondPage = pdf.GetPages().First(p => p.Number > 2 && p.Text.Contains("Second Section")).Number;
        Assert.Contains($"First Section{firstPage}", contents.Text);
        Assert.Contains($"A Subsection{firstPage}", contents.Text);
        Assert.Contains($"Second Section{secondPage}", contents.Text);
        Assert.Contains($"Page 2 of {pdf.NumberOfPages}", contents.Text);
    }

    [Fact]
    public void Contents_entries_link_to_their_headings()
    {
        using var pdf = PdfFixture.Open(Pdf.Value);
        var links = pdf.GetPage(2).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.True(l.AnnotationDictionary.ContainsKey(NameToken.Dest)));
    }
}
