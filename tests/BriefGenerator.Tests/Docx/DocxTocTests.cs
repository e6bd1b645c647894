using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Docx;

/// <summary>The optional table of contents is a TOC field whose result already lists the headings.</summary>
public class DocxTocTests
{
    [Fact]
    public void Toc_field_lists_the_headings_with_links_and_page_references()
    {
        var bytes = DocxTestRender.EverythingWithToc;
        using var doc = DocxTestRender.Open(bytes);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Trim().StartsWith("TOC ", StringComparison.Ordinal));
        var entries = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true && p.ParagraphProperties.ParagraphStyleId.Val != "TOCHeading").ToList();
        Assert.Equal(new[] { "TOC1", "TOC2", "TOC1" }, entries.Select(e => e.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.Equal("First Section3", string.Concat(entries[0].Descendants<Text>().Select(t => t.Text)));
        Assert.All(entries, e => Assert.Contains(e.Descendants<FieldCode>(), f => f.Text.Contains("PAGEREF", StringComparison.Ordinal)));
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(entries, e => Assert.Contains(e.Descendants<Hyperlink>().Single().Anchor!.Value, bookmarks));
        Assert.NotNull(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void No_toc_unless_the_theme_asks()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        Assert.DoesNotContain(doc.MainDocumentPart!.Document.Body!.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
    }
}
