using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Bookmarks, links and document metadata a reader's viewer shows.</summary>
public class NavigationTests
{
    [Fact]
    public void Bookmarks_list_sections_with_subsections_nested()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks!.Roots.Select(r => r.Title).ToList();
        Assert.Equal(new[] { "First Section", "Second Section" }, roots);
        var first = bookmarks.Roots[0];
        Assert.Equal("A Subsection", Assert.Single(first.Children).Title);
        var second = Assert.IsType<DocumentBookmarkNode>(bookmarks.Roots[1]);
        Assert.Equal(3, second.PageNumber);
    }

    [Fact]
    public void External_and_internal_links_are_annotations()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations())
            .Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.AnnotationDictionary.TryGet(NameToken.A, out DictionaryToken a)
            && a.TryGet(NameToken.Create("URI"), out StringToken uri) && uri.Data == "https://example.org/");
        Assert.Contains(links, l => l.AnnotationDictionary.ContainsKey(NameToken.Dest));
    }

    [Fact]
    public void Metadata_comes_from_the_document_info()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var info = pdf.Information;
        Assert.Equal("Test Brief", info.Title);
        Assert.Equal("Dilnoza Rashidova, Jane Doe", info.Author);
        Assert.Equal("A summary of the test brief.", info.Subject);
        Assert.Equal("security, Central Asia", info.Keywords);
        Assert.Equal("BriefGenerator 0.1.0", info.Creator);
        Assert.StartsWith("D:20261101000000", info.CreationDate);
    }

    [Fact]
    public void Language_title_display_and_structure_tree_are_set()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Lang, out StringToken lang));
        Assert.Equal("en-US", lang.Data);
        Assert.True(catalog.ContainsKey(NameToken.StructTreeRoot));
        Assert.True(catalog.ContainsKey(NameToken.MarkInfo));
        var prefs = Assert.IsType<DictionaryToken>(pdf.Structure.GetObject(((IndirectReferenceToken)catalog.Data[NameToken.ViewerPreferences.Data]).Data).Data);
        Assert.True(prefs.TryGet(NameToken.DisplayDocTitle, out BooleanToken display) && display.Data);
    }
}
