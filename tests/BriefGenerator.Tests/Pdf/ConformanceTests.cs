using System.Xml.Linq;
using BriefGenerator.Tests.Pdf.Strict;
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

    private static string SerifTag(byte[] bytes)
    {
        using var pdf = PdfFixture.Open(bytes);
        var name = pdf.GetPage(1).Letters.Select(l => l.FontName ?? "").First(n => n.EndsWith("+NotoSerif-Regular", StringComparison.Ordinal));
        return name[..6];
    }

    [Fact]
    public void Subset_tags_follow_the_glyphs_a_document_uses()
    {
        var alpha = SerifTag(PdfFixture.Render(PdfFixture.Doc(P("Tashkent and Samarkand."))).Pdf);
        var omega = SerifTag(PdfFixture.Render(PdfFixture.Doc(P("Dushanbe, Khujand, Bukhara."))).Pdf);
        var sameGlyphs = SerifTag(PdfFixture.Render(new Document.BriefDocument(Info("Another title"), new Document.Block[] { P("Samarkand and Tashkent.") })).Pdf);
        Assert.NotEqual(alpha, omega);     // different glyphs, different subset, different tag
        Assert.Equal(alpha, sameGlyphs);   // the same glyphs give the same subset, whatever the document
    }

    [Fact]
    public void A_brief_without_authors_or_keywords_leaves_them_out_of_Info_and_XMP()
    {
        var info = Info() with { Authors = Array.Empty<string>(), Keywords = Array.Empty<string>(), Subject = null };
        var (bytes, _) = PdfFixture.Render(new Document.BriefDocument(info, new Document.Block[] { P("Body.") }));
        var raw = RawPdf.Parse(bytes);
        var infoDict = raw.GetDict(raw.Trailer, "Info")!;
        Assert.False(infoDict.ContainsKey("Author"));
        Assert.False(infoDict.ContainsKey("Keywords"));
        Assert.False(infoDict.ContainsKey("Subject"));
        var xmp = Xmp(bytes);
        Assert.Empty(xmp.Descendants(Dc + "creator"));
        Assert.Empty(xmp.Descendants(Dc + "subject"));
        Assert.Empty(xmp.Descendants(Dc + "description"));
        Assert.Empty(PdfStrictness.Metadata(raw));
    }

    [Fact]
    public void Authors_are_one_Info_entry_and_one_dc_creator_entry_alike()
    {
        var raw = RawPdf.Parse(PdfFixture.Everything);
        var author = Assert.IsType<PdfString>(raw.Get(raw.GetDict(raw.Trailer, "Info"), "Author")).Text;
        Assert.Equal("Dilnoza Rashidova, Jane Doe", author);
        Assert.Equal(author, Assert.Single(Xmp(PdfFixture.Everything).Descendants(Dc + "creator").Single().Descendants(),
            e => e.Name.LocalName == "li").Value);
    }
}
