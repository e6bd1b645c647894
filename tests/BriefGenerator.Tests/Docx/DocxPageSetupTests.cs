using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>Page size, margins, running header and footer with real fields, and a cover without them.</summary>
public class DocxPageSetupTests
{
    [Fact]
    public void Footer_has_page_and_numpages_fields()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var id = section.Elements<FooterReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value!;
        var footer = ((DocumentFormat.OpenXml.Packaging.FooterPart)doc.MainDocumentPart.GetPartById(id)).Footer!;
        var codes = footer.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.Equal(new[] { "PAGE", "NUMPAGES" }, codes);
        Assert.StartsWith("Page ", footer.InnerText);
    }

    [Fact]
    public void Header_shows_the_short_title()
    {
        var info = Info() with { ShortTitle = "Short" };
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Everything() with { Info = info }));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var id = section.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value!;
        var header = ((DocumentFormat.OpenXml.Packaging.HeaderPart)doc.MainDocumentPart.GetPartById(id)).Header!;
        Assert.Equal("Short", header.InnerText);
    }

    [Fact]
    public void Cover_page_has_a_different_first_page_and_the_body_starts_on_a_new_page()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var body = doc.MainDocumentPart!.Document.Body!;
        var section = body.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var first = section.Elements<FooterReference>().Single(r => r.Type!.Value == HeaderFooterValues.First).Id!.Value!;
        Assert.Equal("", ((DocumentFormat.OpenXml.Packaging.FooterPart)doc.MainDocumentPart.GetPartById(first)).Footer!.InnerText);
        var afterCover = body.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "CalloutTitle");
        Assert.NotNull(afterCover.ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void Without_a_cover_every_page_has_the_running_header()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(DocxTestRender.With(H(1, "a", "A"), P("x"))));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Null(section.GetFirstChild<TitlePage>());
        Assert.DoesNotContain(section.Elements<HeaderReference>(), r => r.Type!.Value == HeaderFooterValues.First);
    }

    [Fact]
    public void Page_size_and_margins_come_from_the_theme_in_twips()
    {
        var theme = Theme.Default with { Page = new PageSetup { Width = 612, Height = 792, MarginLeft = 72, MarginTop = 54 } };
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Everything(), theme));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(12240u, size.Width!.Value);
        Assert.Equal(15840u, size.Height!.Value);
        Assert.Equal(1440u, margin.Left!.Value);
        Assert.Equal(1080, margin.Top!.Value);
    }

    [Fact]
    public void Empty_header_and_footer_templates_write_none()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Everything(), Theme.Default with { Header = "", Footer = "" }));
        Assert.Empty(doc.MainDocumentPart!.HeaderParts);
        Assert.Empty(doc.MainDocumentPart.FooterParts);
    }
}
