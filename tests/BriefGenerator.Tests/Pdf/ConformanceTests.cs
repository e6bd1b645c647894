using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The identification and metadata archival and accessibility checkers look for.</summary>
public class ConformanceTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfA = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfUA = "http://www.aiim.org/pdfua/ns/id/";

    private static XDocument Xmp(byte[] bytes)
    {
        using var pdf = PdfFixture.Open(bytes);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        return xmp!.GetXDocument();
    }

    [Fact]
    public void Xmp_identifies_PDF_A_2_and_PDF_UA_1()
    {
        var xmp = Xmp(PdfFixture.Everything);
        Assert.Equal("2", xmp.Descendants(PdfA + "part").Single().Value);
        Assert.Equal("1", xmp.Descendants(PdfUA + "part").Single().Value);
        Assert.Equal("Test Brief", xmp.Descendants(Dc + "title").Single().Value);
        Assert.Equal("en-US", xmp.Descendants(Dc + "language").Single().Value);
    }

    [Fact]
    public void Xmp_escapes_markup_in_the_title()
    {
        var info = Info("Trade & <Security> in \"Asia\"");
        var (bytes, _) = PdfFixture.Render(new Document.BriefDocument(info, new Document.Block[] { P("Body.") }));
        var xmp = Xmp(bytes);
        Assert.Equal("Trade & <Security> in \"Asia\"", xmp.Descendants(Dc + "title").Single().Value);
        using var pdf = PdfFixture.Open(bytes);
        Assert.Equal("Trade & <Security> in \"Asia\"", pdf.Information.Title);
    }

    [Fact]
    public void Catalog_has_an_output_intent_and_pages_tab_in_structure_order()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.OutputIntents));
        var page = pdf.GetPage(2);
        Assert.True(page.Dictionary.TryGet(NameToken.Create("Tabs"), out NameToken tabs));
        Assert.Equal("S", tabs.Data);
    }
}
