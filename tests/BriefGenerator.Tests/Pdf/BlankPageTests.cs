using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>No blank pages: a page break with nothing after it does not start a page.</summary>
public class BlankPageTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_brief_that_is_only_a_cover_is_one_page_and_a_trailing_page_break_adds_no_blank_page(bool contents)
    {
        var theme = Theme.Default with { Toc = contents };
        var coverOnly = PdfFixture.Doc(new Document.Cover(new Document.Block[] { P("Only a title") }, Span()));
        Assert.Equal(contents ? 2 : 1, PdfFixture.Open(PdfFixture.Render(coverOnly, theme).Pdf).NumberOfPages);

        var trailingBreak = PdfFixture.Doc(P("Text."), new Document.PageBreak(Span()));
        Assert.Equal(contents ? 2 : 1, PdfFixture.Open(PdfFixture.Render(trailingBreak, theme).Pdf).NumberOfPages);
    }
}
