using BriefGenerator.Document;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Keep-with-next never loses content: a run of headings taller than a page is broken between headings
/// instead of being moved on forever (which used to drop the whole body with one unlocated warning).</summary>
public class KeepWithNextChainTests
{
    [Theory]
    [InlineData(30)]
    [InlineData(120)]
    public void Headings_in_a_row_taller_than_a_page_are_all_set_and_the_text_after_them_too(int headings)
    {
        var blocks = new List<Block> { P("Opening paragraph.") };
        for (var i = 1; i <= headings; i++) blocks.Add(H(1 + i % 2, $"h{i}", $"Heading number {i}"));
        blocks.Add(P("Closing paragraph after every heading."));
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc(blocks.ToArray()));

        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        var numbers = words.Select((w, i) => (w, i)).Where(x => x.w == "number").Select(x => words[x.i + 1]);
        Assert.Equal(Enumerable.Range(1, headings).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers);
        Assert.Contains("Closing paragraph after every heading.", string.Join(" ", words));
        Assert.True(pdf.NumberOfPages >= 2);
    }

    [Fact]
    public void A_short_run_of_headings_still_moves_to_the_next_page_with_its_text()
    {
        // Enough body text to end near the foot of page 1, then three headings and a paragraph: the headings must not
        // be left at the foot of page 1, away from their text.
        var blocks = new List<Block>();
        for (var i = 0; i < 40; i++) blocks.Add(P(LayoutFixture.Words(40, i)));
        blocks.Add(H(1, "a", "First kept heading"));
        blocks.Add(H(2, "b", "Second kept heading"));
        blocks.Add(P("Text under the headings."));
        var rec = LayoutFixture.Record(PdfFixture.Doc(blocks.ToArray()));
        var heading = Assert.Single(rec.Texts, t => t.Text.StartsWith("Second kept", StringComparison.Ordinal));
        var text = Assert.Single(rec.Texts, t => t.Text.StartsWith("Text under", StringComparison.Ordinal));
        Assert.Equal(heading.Page, text.Page);
    }
}
