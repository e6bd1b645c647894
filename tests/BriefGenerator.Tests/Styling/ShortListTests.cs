using BriefGenerator.Document;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Styling;

/// <summary>A list of three or fewer items is never split across pages, wherever on the page it falls.</summary>
public class ShortListTests
{
    [Fact]
    public void A_three_item_list_keeps_together_wherever_the_page_ends()
    {
        for (var filler = 30; filler <= 48; filler++)
        {
            var blocks = new List<Block>();
            for (var i = 0; i < filler; i++) blocks.Add(P($"Filler line {i}."));
            blocks.Add(new BulletList(new[] { Item("Firstkept item."), Item("Secondkept item."), Item("Thirdkept item.") }, Span()));
            blocks.Add(P("After the list."));
            using var pdf = PdfFixture.Open(PdfFixture.Render(PdfFixture.Doc(blocks.ToArray())).Pdf);
            var pages = new[] { "Firstkept", "Secondkept", "Thirdkept" }
                .Select(w => pdf.GetPages().First(p => p.Text.Contains(w, StringComparison.Ordinal)).Number).Distinct().ToList();
            Assert.True(pages.Count == 1, $"with {filler} filler lines the list is split over pages {string.Join(", ", pages)}");
        }
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(5, false)]
    public void In_Word_a_short_list_keeps_each_item_with_the_next(int count, bool kept)
    {
        var items = Enumerable.Range(1, count).Select(i => Item($"Listkept item {i}.")).ToArray();
        var bytes = DocxTestRender.Render(DocxTestRender.With(new BulletList(items, Span()), P("After.")));
        using var docx = DocxTestRender.Open(bytes);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.InnerText.StartsWith("Listkept", StringComparison.Ordinal)).ToList();
        Assert.Equal(count, paragraphs.Count);
        var keeps = paragraphs.Select(p => p.ParagraphProperties?.KeepNext is not null).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => kept && i < count - 1), keeps);
    }
}
