using BriefGenerator.Document;
using BriefGenerator.Fonts;
using BriefGenerator.Theming;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;
using D = BriefGenerator.Document;

namespace BriefGenerator.Tests.Pdf;

/// <summary>A brief in a right-to-left language (<c>language: ar</c>, <c>he</c>, <c>fa</c>) is set right to left: its
/// words run from the right margin leftwards, Latin words and numbers inside keep their own order, Arabic letters are
/// joined by shaping, and the text extracts in reading order. The DOCX marks paragraphs <c>w:bidi</c> and right-to-left
/// runs <c>w:rtl</c>.</summary>
public class RightToLeftTests
{
    // "The bank supports the project" with a Latin name and a year inside.
    private const string Arabic = "البنك يدعم مشروع UN Water منذ 2024";

    private static BriefDocument Brief(string language, params Block[] blocks) => new(Info(language: language), blocks);

    [Fact]
    public void An_arabic_paragraph_extracts_in_reading_order_from_the_bundled_naskh_face()
    {
        var (bytes, diagnostics) = PdfFixture.Render(Brief("ar", P(Arabic)));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Contains(Arabic, page.Text);
        Assert.Contains(page.Letters, l => l.Value == "ب" && l.FontName!.EndsWith("+NotoNaskhArabic-Regular"));
    }

    [Fact]
    public void Words_run_from_the_right_and_latin_words_keep_their_order()
    {
        var (bytes, _) = PdfFixture.Render(Brief("ar", P(Arabic)));
        using var pdf = PdfFixture.Open(bytes);
        var all = pdf.GetPage(1).Letters.ToList();
        // The paragraph's line only (not the running head or foot).
        var baseline = Letters(all, "البنك")[0].StartBaseLine.Y;
        var letters = all.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).ToList();
        double X(string w) => Letters(letters, w).Min(l => l.StartBaseLine.X);
        // The first word is rightmost, near the right edge of the text column; the next one is to its left.
        Assert.True(X("البنك") > X("يدعم"), "second Arabic word should be left of the first");
        Assert.True(X("يدعم") > X("مشروع"));
        // "UN Water" reads left to right inside the right-to-left line, and stands left of "مشروع".
        Assert.True(X("UN") < X("Water"));
        Assert.True(X("Water") < X("مشروع"));
        // The year comes after "منذ" in reading order, so to its left.
        Assert.True(X("2024") < X("منذ"));
        var right = letters.Max(l => l.EndBaseLine.X);
        Assert.True(Letters(letters, "البنك").Max(l => l.EndBaseLine.X) > right - 0.5, "the line starts at the right");
        Assert.True(letters.Min(l => l.StartBaseLine.X) > Theme.Default.Page.MarginLeft + 20, "a short line is flush right, not flush left");
    }

    // The letters that spell `word` where it first occurs in the page's text (letters are in content order).
    private static List<UglyToad.PdfPig.Content.Letter> Letters(List<UglyToad.PdfPig.Content.Letter> letters, string word)
    {
        var text = string.Concat(letters.Select(l => l.Value));
        var at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{word}' not in the page's text");
        var result = new List<UglyToad.PdfPig.Content.Letter>();
        int offset = 0;
        foreach (var l in letters)
        {
            if (offset + l.Value.Length > at && offset < at + word.Length) result.Add(l);
            offset += l.Value.Length;
        }
        return result;
    }

    [Fact]
    public void A_number_after_latin_words_stays_with_them()
    {
        // UAX #9 W7: "November 2026" is one left-to-right run; "27" before it stands at the right.
        var (bytes, _) = PdfFixture.Render(Brief("ar", P("27 November 2026")));
        using var pdf = PdfFixture.Open(bytes);
        var all = pdf.GetPage(1).Letters.ToList();
        var baseline = all.First(l => l.Value == "N").StartBaseLine.Y;
        var line = all.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).ToList();
        double X(string w) => Letters(line, w).Min(l => l.StartBaseLine.X);
        Assert.True(X("November") < X("2026"));
        Assert.True(X("2026") < X("27"));
        Assert.Contains("27 November 2026", string.Concat(line.Select(l => l.Value)));
    }

    [Fact]
    public void Arabic_letters_are_joined_by_shaping()
    {
        var naskh = FontLibrary.Open(RepoPaths.Fonts).Find("Noto Naskh Arabic", FontStyle.Regular)!;
        var shaped = TextShaper.Shape("ببب", naskh);
        Assert.True(shaped.RightToLeft);
        var isolated = TrueTypeFont.Of(naskh).Glyph('ب');
        // Initial, medial and final forms, none the isolated letter the character map gives.
        Assert.All(shaped.Glyphs, g => Assert.NotEqual(isolated, g.Glyph));
        Assert.Equal(3, shaped.Glyphs.Select(g => g.Glyph).Distinct().Count());
    }

    [Fact]
    public void A_list_marker_stands_right_of_its_item_text()
    {
        var (bytes, diagnostics) = PdfFixture.Render(Brief("ar", new D.BulletList(new[] { Item(Arabic) }, Span())));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var all = pdf.GetPage(1).Letters.ToList();
        var marker = all.Single(l => l.Value == "\u2022");
        var text = Letters(all, "البنك");
        Assert.True(marker.StartBaseLine.X > text.Max(l => l.EndBaseLine.X), "the bullet should stand right of the item's text");
        // The marker hangs in the indent at the right edge of the text column; the body is indented from the right.
        var right = Theme.Default.Page.MarginLeft + Theme.Default.Page.ContentWidth;
        Assert.True(marker.EndBaseLine.X <= right + 0.5 && marker.EndBaseLine.X > right - 20);
        Assert.True(text.Max(l => l.EndBaseLine.X) < right - 5);
    }

    [Fact]
    public void Table_columns_run_from_the_right_and_the_caption_ends_at_the_right()
    {
        var table = new D.Table("tbl-rtl", 1, T("جدول"), new[] { new D.TableColumn(T("Alpha"), ColumnAlign.Left), new D.TableColumn(T("Beta"), ColumnAlign.Left) },
            new[] { new D.TableRow(new[] { new D.TableCell(T("One")), new D.TableCell(T("Two")) }) }, Span());
        var (bytes, diagnostics) = PdfFixture.Render(Brief("ar", P(Arabic), table));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        var all = pdf.GetPage(1).Letters.ToList();
        double X(string w) => Letters(all, w).Min(l => l.StartBaseLine.X);
        double End(string w) => Letters(all, w).Max(l => l.EndBaseLine.X);
        Assert.True(X("Alpha") > End("Beta"), "the first column's header should stand right of the second's");
        Assert.True(X("One") > End("Two"));
        // The caption "Table 1: جدول" reads from the right edge (its label first, so rightmost), as far right as the
        // first column; left-aligned cells become flush right, so the second column's text ends well right of "Beta"'s start.
        Assert.True(End("Table 1:") > End("Alpha") - 0.5, "the caption should end at the table's right edge");
        Assert.True(X("Table") > End("جدول"));
        Assert.True(End("One") > End("Beta") + 20);
    }

    [Fact]
    public void The_running_head_ends_at_the_right_margin()
    {
        var (bytes, _) = PdfFixture.Render(Brief("ar", P(Arabic)));
        using var pdf = PdfFixture.Open(bytes);
        var page = Theme.Default.Page;
        var all = pdf.GetPage(1).Letters.ToList();
        var head = Letters(all, "Test");
        var baseline = head[0].StartBaseLine.Y;
        var line = all.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).ToList();
        Assert.True(line.Max(l => l.EndBaseLine.X) > page.Width - page.MarginRight - 1, "the head should end at the right margin");
        Assert.True(line.Min(l => l.StartBaseLine.X) > page.MarginLeft + 100, "the head should not start at the left margin");
    }

    [Fact]
    public void The_docx_lays_tables_out_from_the_right_and_marks_the_running_head_bidi()
    {
        var bytes = DocxTestRender.Render(Brief("ar", P(Arabic), LongTable(3)));
        Assert.Empty(DocxTestRender.Validate(bytes));
        using var doc = DocxTestRender.Open(bytes);
        var main = doc.MainDocumentPart!;
        Assert.NotNull(main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableProperties>().Single().BiDiVisual);
        Assert.All(main.HeaderParts.Concat<DocumentFormat.OpenXml.Packaging.OpenXmlPart>(main.FooterParts)
                .SelectMany(p => p.RootElement!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
                .Where(p => p.InnerText.Length > 0),
            p => Assert.NotNull(p.ParagraphProperties!.BiDi));
        Assert.Contains(main.HeaderParts, h => h.RootElement!.InnerText.Contains("Test Brief"));
    }

    [Fact]
    public void An_english_docx_table_is_not_mirrored()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Brief("en-US", LongTable(3))));
        Assert.Null(doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableProperties>().Single().BiDiVisual);
    }

    [Fact]
    public void A_left_to_right_brief_is_not_mirrored()
    {
        var (bytes, _) = PdfFixture.Render(Brief("en-US", P("Short line.")));
        using var pdf = PdfFixture.Open(bytes);
        var all = pdf.GetPage(1).Letters.ToList();
        var baseline = all.First(l => l.Value == "S").StartBaseLine.Y;
        Assert.True(all.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).Min(l => l.StartBaseLine.X) < Theme.Default.Page.MarginLeft + 1);
    }

    [Fact]
    public void The_docx_sets_paragraphs_right_to_left_and_marks_arabic_runs()
    {
        var bytes = DocxTestRender.Render(Brief("ar", P(Arabic)));
        Assert.Empty(DocxTestRender.Validate(bytes));
        using var doc = DocxTestRender.Open(bytes);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!;
        Assert.NotNull(styles.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.BiDi);
        Assert.Equal("Noto Naskh Arabic", styles.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.ComplexScript!.Value);
        var runs = doc.MainDocumentPart.Document!.Body!.Descendants<Run>().ToList();
        Assert.Contains(runs, r => r.InnerText.Contains("البنك") && r.RunProperties?.RightToLeftText is not null);
        Assert.Contains(runs, r => r.InnerText.Contains("Water") && r.RunProperties?.RightToLeftText is null);
    }

    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_the_arabic_docx_as_right_to_left_text()
    {
        var html = Pandoc.Convert(DocxTestRender.Render(Brief("ar", P(Arabic))), "html");
        Assert.Matches("dir=\"rtl\"[^>]*>[^<]*البنك", html);
    }

    [Fact]
    public void An_english_docx_has_no_bidi_paragraphs()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Brief("en-US", P("Plain text"))));
        Assert.Null(doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.BiDi);
    }

    [Fact]
    public void The_cover_bar_stands_at_the_right_edge_of_a_right_to_left_cover_and_at_the_left_of_another()
    {
        var page = Theme.Default.Page;
        var bar = StyleResolver.Resolve(Theme.Default).Furniture;
        double BarLeft(string language)
        {
            var cover = new Cover(new Block[] { H(0, "title", Arabic), P("1 November 2026", "date") }, Span());
            var rec = LayoutFixture.Record(Brief(language, cover, P(Arabic)));
            return rec.Shapes.Where(s => s.Kind == "fill" && Math.Abs(s.X2 - s.X1 - bar.CoverBarWidth) < 0.01
                && Math.Abs(s.Y2 - s.Y1 - bar.CoverBarHeight) < 0.01).Select(s => s.X1).First();
        }
        var width = bar.CoverBarWidth;
        Assert.Equal(page.MarginLeft, BarLeft("en"), 0.5);
        Assert.Equal(page.Width - page.MarginRight - width, BarLeft("ar"), 0.5);
    }
}
