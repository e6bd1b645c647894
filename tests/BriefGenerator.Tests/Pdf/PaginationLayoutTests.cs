using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Where things land on pages, read from the recording canvas.</summary>
public class PaginationLayoutTests
{
    private static readonly Theme Theme = Theme.Default;

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var rec = LayoutFixture.Record(LayoutFixture.ManySections(80));
        Assert.True(rec.PageCount >= 8, $"{rec.PageCount} pages");
        var headingSizes = new[] { Theme.Fonts.H1Size, Theme.Fonts.H2Size };
        int checkedPages = 0;
        foreach (var page in rec.Texts.GroupBy(t => t.Page))
        {
            var last = page.OrderBy(t => t.Baseline).Last();
            Assert.DoesNotContain(last.Size, headingSizes);
            checkedPages++;
        }
        Assert.Equal(rec.PageCount, checkedPages);
    }

    [Fact]
    public void Headings_on_a_page_are_followed_by_body_text_on_the_same_page()
    {
        var rec = LayoutFixture.Record(LayoutFixture.ManySections(80));
        var headings = rec.Texts.Where(t => t.Text.StartsWith("Heading", StringComparison.Ordinal)).ToList();
        Assert.Equal(80, headings.Count);
        foreach (var h in headings)
            Assert.Contains(rec.Texts, t => t.Page == h.Page && t.Baseline > h.Baseline && t.Size == Theme.Fonts.BodySize);
    }

    [Fact]
    public void Body_text_stays_inside_the_text_area()
    {
        var rec = LayoutFixture.Record(LayoutFixture.ManySections(40));
        var page = Theme.Page;
        Assert.All(rec.Texts, t =>
        {
            Assert.InRange(t.X, page.MarginLeft - 0.01, page.Width - page.MarginRight);
            Assert.InRange(t.Baseline, page.MarginTop, page.Height - page.MarginBottom);
        });
    }

    [Fact]
    public void Table_header_is_repeated_at_the_top_of_each_following_page()
    {
        var rec = LayoutFixture.Record(PdfFixture.Doc(P("Intro."), LongTable(240)));
        Assert.True(rec.PageCount >= 3);
        for (int page = 1; page < rec.PageCount; page++)
        {
            // "Table 1 (continued)" and the repeated header row are drawn as artifacts (read once by assistive
            // technology), above the page's rows.
            var texts = rec.ArtifactTexts.Concat(rec.Texts).Where(t => t.Page == page && t.Baseline > Theme.Page.MarginTop)
                .OrderBy(t => t.Baseline).ThenBy(t => t.X).ToList();
            Assert.Equal("Table1(continued)", string.Concat(texts.TakeWhile(t => t.Baseline == texts[0].Baseline).Select(t => t.Text)).Replace(" ", ""));
            Assert.InRange(texts[0].Baseline, Theme.Page.MarginTop, Theme.Page.MarginTop + 15);
            Assert.Contains(rec.ArtifactTexts, t => t == texts[0]);
            var fill = Assert.Single(rec.Shapes, s => s.Page == page && s.Kind == "fill" && s.Color == Theme.Table.HeaderFill);
            Assert.InRange(fill.Y1, texts[0].Baseline, Theme.Page.MarginTop + 25);
            var header = texts.First(t => t.Baseline > fill.Y1);
            Assert.Equal("Column 1", header.Text.Trim());
        }
    }

    [Fact]
    public void Header_cells_are_tagged_once_however_many_pages_the_table_spans()
    {
        var rec = LayoutFixture.Record(PdfFixture.Doc(P("Intro."), LongTable(240)));
        Assert.Equal(3, rec.Tags.Count(t => t.Tag == StructureTag.TH && t.Begin));
        Assert.Equal(240 * 3, rec.Tags.Count(t => t.Tag == StructureTag.TD && t.Begin));
        Assert.Equal(241, rec.Tags.Count(t => t.Tag == StructureTag.TR && t.Begin));
    }

    [Fact]
    public void Table_caption_stays_with_the_first_rows()
    {
        // Push the table to the foot of page 1: the caption must move with the table to page 2.
        var filler = Enumerable.Range(0, 9).Select(i => (Document.Block)P(LayoutFixture.Words(70, i))).ToList();
        filler.Add(LongTable(30));
        var rec = LayoutFixture.Record(PdfFixture.Doc(filler.ToArray()));
        var caption = Assert.Single(rec.Texts, t => t.Text.StartsWith("Table 1:", StringComparison.Ordinal));
        var firstRow = Assert.Single(rec.Texts, t => t.Text.Trim() == "R1C1");
        Assert.Equal(caption.Page, firstRow.Page);
        Assert.True(caption.Baseline < firstRow.Baseline);
    }

    [Fact]
    public void Cover_page_has_no_running_header_or_footer_and_the_body_starts_on_page_two()
    {
        var rec = LayoutFixture.Record(Everything());
        Assert.DoesNotContain(rec.ArtifactTexts, t => t.Page == 0);
        Assert.Contains(rec.ArtifactTexts, t => t.Page == 1 && t.Text.StartsWith("Page 2 of", StringComparison.Ordinal));
        Assert.Contains(rec.ArtifactTexts, t => t.Page == 1 && t.Text.Trim() == "Test Brief");
        Assert.Contains(rec.Texts, t => t.Page == 1 && t.Text.StartsWith("Key points", StringComparison.Ordinal));
        Assert.DoesNotContain(rec.Texts, t => t.Page == 0 && t.Text.StartsWith("Key", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cover_after_other_content_still_gets_a_page_of_its_own()
    {
        var blocks = Everything().Blocks.ToList();
        var cover = blocks[0];
        blocks.RemoveAt(0);
        blocks.Insert(1, cover); // after the callout
        var rec = LayoutFixture.Record(PdfFixture.Doc(blocks.ToArray()));
        var title = Assert.Single(rec.Texts, t => t.Size == Theme.Fonts.TitleSize);
        Assert.Equal(1, title.Page);
        Assert.DoesNotContain(rec.Texts, t => t.Page == 1 && t.Text.StartsWith("Key points", StringComparison.Ordinal));
        Assert.DoesNotContain(rec.ArtifactTexts, t => t.Page == 1);
        Assert.Contains(rec.ArtifactTexts, t => t.Page == 0);
        Assert.Contains(rec.Texts, t => t.Page == 2 && t.Text.StartsWith("The lede", StringComparison.Ordinal));
    }

    [Fact]
    public void Explicit_page_break_starts_a_new_page()
    {
        var rec = LayoutFixture.Record(Everything());
        var quote = Assert.Single(rec.Texts, t => t.Text.StartsWith("A quoted", StringComparison.Ordinal));
        var second = Assert.Single(rec.Texts, t => t.Text.StartsWith("Second Section", StringComparison.Ordinal));
        Assert.Equal(quote.Page + 1, second.Page);
        Assert.InRange(second.Baseline, Theme.Page.MarginTop, Theme.Page.MarginTop + 25);
    }

    [Fact]
    public void Structure_tags_are_balanced_and_cover_every_kind()
    {
        var rec = LayoutFixture.Record(Everything());
        Assert.Equal(rec.Tags.Count(t => t.Begin), rec.Tags.Count(t => !t.Begin));
        foreach (var tag in new[] { StructureTag.H1, StructureTag.H2, StructureTag.P, StructureTag.L, StructureTag.LI, StructureTag.Lbl,
                     StructureTag.LBody, StructureTag.Table, StructureTag.TR, StructureTag.TH, StructureTag.TD, StructureTag.Caption, StructureTag.BlockQuote })
            Assert.Contains(rec.Tags, t => t.Tag == tag && t.Begin);
    }
}

/// <summary>Boxes and lists that cross a page boundary.</summary>
public class SplitBlockLayoutTests
{
    private static readonly Theme Theme = Theme.Default;

    internal static Document.BriefDocument Doc()
    {
        var blocks = new List<Document.Block>();
        for (int i = 0; i < 8; i++) blocks.Add(P(LayoutFixture.Words(60, i)));
        blocks.Add(new Document.Callout("Key points", Enumerable.Range(0, 12).Select(i => (Document.Block)P(LayoutFixture.Words(50, 100 + i))).ToList(), Span()));
        var items = Enumerable.Range(0, 14).Select(i => Item(P(LayoutFixture.Words(30, 200 + i)),
            new Document.BulletList(new[] { Item(LayoutFixture.Words(25, 300 + i)) }, Span()))).ToList();
        blocks.Add(new Document.NumberedList(1, items, Span()));
        blocks.Add(new Document.Quote(Enumerable.Range(0, 5).Select(i => (Document.Block)P(LayoutFixture.Words(60, 400 + i))).ToList(), Span()));
        return PdfFixture.Doc(blocks.ToArray());
    }

    [Fact]
    public void A_callout_split_across_pages_is_shaded_on_both()
    {
        var rec = LayoutFixture.Record(Doc());
        var fills = rec.Shapes.Where(s => s.Kind == "fill" && s.Color == Theme.Colors.CalloutFill).ToList();
        // The box crosses at least one page break (two or three pages, with the column's measure) and is shaded on every
        // page it touches.
        var pages = fills.Select(f => f.Page).Distinct().Order().ToList();
        Assert.True(pages.Count >= 2, $"shaded on {pages.Count} page(s)");
        Assert.Equal(Enumerable.Range(pages[0], pages.Count), pages);
        Assert.All(fills, f => Assert.InRange(f.Y2, Theme.Page.MarginTop, Theme.Page.Height - Theme.Page.MarginBottom + 0.01));
        Assert.Single(rec.Texts, t => t.Text.StartsWith("Key points", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_list_label_is_drawn_once_beside_its_item()
    {
        var rec = LayoutFixture.Record(Doc());
        for (int n = 1; n <= 14; n++)
        {
            var label = Assert.Single(rec.Texts, t => t.Text == $"{n}.");
            Assert.Contains(rec.Texts, t => t.Page == label.Page && Math.Abs(t.Baseline - label.Baseline) < 0.01 && t.X > label.X + 8);
        }
    }

    [Fact]
    public void Nothing_is_drawn_below_the_text_area()
    {
        var rec = LayoutFixture.Record(Doc());
        Assert.True(rec.PageCount >= 3);
        Assert.All(rec.Texts, t => Assert.InRange(t.Baseline, Theme.Page.MarginTop, Theme.Page.Height - Theme.Page.MarginBottom));
        Assert.All(rec.Shapes.Where(s => s.Kind == "line" && s.Color == Theme.Colors.QuoteRule),
            s => Assert.InRange(s.Y2, Theme.Page.MarginTop, Theme.Page.Height - Theme.Page.MarginBottom + 0.01));
    }
}

/// <summary>Rules that must give way rather than loop or leave blank pages.</summary>
public class ForcedLayoutTests
{
    [Fact]
    public void A_heading_before_a_row_taller_than_a_page_does_not_leave_a_blank_page()
    {
        var tall = string.Join(" ", Enumerable.Range(1, 1400).Select(i => $"w{i}"));
        var table = new Document.Table("t", 1, T("Tall"),
            new[] { new Document.TableColumn(T("Text"), Document.ColumnAlign.Left) },
            new[] { new Document.TableRow(new[] { new Document.TableCell(T(tall)) }) }, Span());
        var rec = LayoutFixture.Record(PdfFixture.Doc(P("Intro."), new Document.PageBreak(Span()), H(1, "h", "Heading"), table));
        for (int page = 0; page < rec.PageCount; page++)
            Assert.Contains(rec.Texts, t => t.Page == page);
        var heading = Assert.Single(rec.Texts, t => t.Text.StartsWith("Heading", StringComparison.Ordinal));
        Assert.Equal(1, heading.Page);
    }
}
