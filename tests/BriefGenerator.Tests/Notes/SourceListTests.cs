using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Notes;

/// <summary>A <c>## Sources</c> list written as link definitions prints as a numbered list with the URLs in both
/// formats; a bare <c>[1]</c> cites it, <c>[text][1]</c> and <c>[text][]</c> are links.</summary>
public class SourceListTests
{
    private const string Brief = """
        ---
        title: Sourced Brief
        date: 2026-11-27
        ---

        ## Findings

        Trade grew by a third [1], as [the survey][2] and [Brookings][] show.

        ## Sources

        [1]: https://example.org/one "Regional Trade Outlook 2026"
        [2]: https://example.org/customs "Customs Survey"
        [Brookings]: https://example.org/brookings
        """;

    private static readonly Lazy<NotesBuild.Output> Output = new(() => NotesBuild.Build(Brief));

    [Fact]
    public void Pdf_prints_the_sources_with_their_urls_and_links_the_citations()
    {
        var output = Output.Value;
        Assert.Equal("", output.Stderr);
        var text = Readers.PdfText(output.Pdf);
        Assert.Contains("Trade grew by a third [1], as the survey and Brookings show.", text);
        Assert.Contains("[1] Regional Trade Outlook 2026. https://example.org/one", text);
        Assert.Contains("[2] Customs Survey. https://example.org/customs", text);
        Assert.Contains("[3] https://example.org/brookings", text);
        using var pdf = PdfDocument.Open(output.Pdf);
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action)
            .OfType<UglyToad.PdfPig.Actions.UriAction>().Select(a => a.Uri).ToList();
        foreach (var url in new[] { "https://example.org/one", "https://example.org/customs", "https://example.org/brookings" })
            Assert.Contains(url, uris);
    }

    [Fact]
    public void Docx_prints_the_sources_as_bibliography_paragraphs_with_hyperlinks()
    {
        var docx = Output.Value.Docx;
        Assert.Empty(Readers.DocxErrors(docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart!;
        var entries = main.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Bibliography").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("[1]Regional Trade Outlook 2026. https://example.org/one", string.Concat(entries[0].Descendants<W.Text>().Select(t => t.Text)));
        Assert.NotEmpty(entries[0].Elements<W.BookmarkStart>());
        var links = main.HyperlinkRelationships.Select(r => r.Uri.ToString()).ToList();
        Assert.Contains("https://example.org/customs", links);
        // The bare citation is an internal link to the first entry.
        var citation = main.Document.Body.Descendants<W.Hyperlink>().First(h => h.Anchor is not null);
        Assert.Equal("[1]", string.Concat(citation.Descendants<W.Text>().Select(t => t.Text)));
        Assert.Equal(entries[0].Elements<W.BookmarkStart>().First().Name!.Value, citation.Anchor!.Value);
    }
}
