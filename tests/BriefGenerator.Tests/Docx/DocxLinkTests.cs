using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Docx;

/// <summary>External links go through relationships; cross-references are anchors to bookmarks that exist.</summary>
public class DocxLinkTests
{
    [Fact]
    public void External_link_points_to_an_external_relationship()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var main = doc.MainDocumentPart!;
        var link = main.Document.Body!.Descendants<Hyperlink>().Single(h => h.Id is not null);
        var rel = main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);
        Assert.True(rel.IsExternal);
        Assert.Equal("https://example.org/", rel.Uri.ToString());
        Assert.Equal("link", link.InnerText);
        Assert.Equal("Hyperlink", link.Descendants<RunStyle>().First().Val!.Value);
    }

    [Fact]
    public void Cross_reference_anchors_a_bookmark_in_the_document()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var body = doc.MainDocumentPart!.Document.Body!;
        var anchor = body.Descendants<Hyperlink>().Single(h => h.Anchor is not null);
        Assert.Equal("reference to Table 1", anchor.InnerText);
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToList();
        Assert.Contains(anchor.Anchor!.Value, bookmarks);
    }

    [Fact]
    public void Headings_are_bookmarked_with_unique_ids()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var body = doc.MainDocumentPart!.Document.Body!;
        var heading = body.Descendants<Paragraph>().Single(p => p.InnerText == "First Section");
        Assert.Single(heading.Elements<BookmarkStart>());
        Assert.Single(heading.Elements<BookmarkEnd>());
        var ids = body.Descendants<BookmarkStart>().Select(b => b.Id!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
