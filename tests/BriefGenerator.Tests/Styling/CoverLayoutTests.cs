using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Templating;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Styling;

/// <summary>The designed cover and the back page of the policy-brief template, for a brief with every new front-matter
/// key: masthead at the top, title at the cover offset, byline at the foot; "How to cite" built from the front matter.</summary>
public class CoverLayoutTests
{
    private const string Brief = """
        ---
        title: Water and Energy in the Amu Darya Basin
        subtitle: What donors fund
        date: 2026-11-30
        authors: [Dilnoza Rashidova, Jane Doe]
        organization: Institute for Central Asian Policy
        series: Policy Brief
        number: 14
        about: Dilnoza Rashidova leads the water programme.
        license: © 2026 Institute for Central Asian Policy. CC BY 4.0.
        keywords: [water, energy]
        ---

        The lede.

        ## A section

        Text.
        """;

    private static (byte[] Pdf, byte[] Docx, string Markup) Render()
    {
        var dir = Directory.CreateTempSubdirectory("bg-cover-");
        try
        {
            var path = Path.Combine(dir.CreateSubdirectory("cover-test").FullName, "brief.md");
            File.WriteAllText(path, Brief);
            var bag = new DiagnosticBag();
            var brief = ContentLoader.Load(path, "brief.md", bag);
            Assert.True(brief is not null, string.Join("\n", bag));
            var catalog = new TemplateCatalog(RepoPaths.Templates);
            var markup = new TemplateRenderer(catalog).Render(brief!, catalog.Find("policy-brief")!, bag)!.Text;
            Assert.Empty(bag);
            var doc = DocumentParser.Parse(markup, SampleDocuments.Info(), "markup", bag)!;
            var theme = ThemeLoader.Load(Path.Combine(RepoPaths.Templates, "policy-brief", "theme.yaml"), "theme.yaml", bag)!;
            return (PdfFixture.Render(doc, theme).Pdf, DocxTestRender.Render(doc, theme), markup);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void The_cover_has_masthead_title_at_the_offset_and_byline_at_the_foot_and_the_back_page_cites_the_brief()
    {
        var (pdfBytes, docxBytes, markup) = Render();
        Assert.Contains("*Water and Energy in the Amu Darya Basin: What donors fund*. Policy Brief No. 14.", markup);
        Assert.Contains("Dilnoza Rashidova and Jane Doe (2026).", markup);

        var theme = ThemeLoader.Load(Path.Combine(RepoPaths.Templates, "policy-brief", "theme.yaml"), "theme.yaml", new DiagnosticBag())!;
        var furniture = StyleResolver.Resolve(theme).Furniture;
        using var pdf = PdfFixture.Open(pdfBytes);
        var cover = pdf.GetPage(1);
        double Top(string word) => theme.Page.Height - cover.GetWords().First(w => w.Text == word).BoundingBox.Top;
        double Bottom(string word) => theme.Page.Height - cover.GetWords().First(w => w.Text == word).BoundingBox.Bottom;
        Assert.InRange(Top("Institute"), theme.Page.MarginTop - 1, theme.Page.MarginTop + 20);
        Assert.InRange(Top("No."), Top("Institute"), theme.Page.MarginTop + 40);
        Assert.InRange(Top("Water"), theme.Page.MarginTop + furniture.CoverOffset - 1, theme.Page.MarginTop + furniture.CoverOffset + 12);
        Assert.InRange(Bottom("November"), theme.Page.Height - theme.Page.MarginBottom - 12, theme.Page.Height - theme.Page.MarginBottom + 1);
        Assert.InRange(Top("Rashidova,"), Top("donors") + 100, Top("November"));
        var last = pdf.GetPage(pdf.NumberOfPages).Text;
        Assert.Contains("How to cite this brief", last);
        Assert.Contains("CC BY 4.0.", last);
        Assert.Contains("Dilnoza Rashidova leads the water programme.", last);

        using var docx = DocxTestRender.Open(docxBytes);
        var styles = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Take(8)
            .Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).ToList();
        Assert.Equal(new[] { "Organization", "Series", "CoverRule", "Title", "Subtitle", "CoverAuthors", "CoverDate" }, styles.Take(7));
        Assert.Empty(DocxTestRender.Validate(docxBytes));
    }
}
