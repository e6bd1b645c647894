using System.Text;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using CsCheck;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.Properties;

/// <summary>No blank pages, ever: 200 small random briefs (sections, paragraphs, lists, callouts, page breaks and tables
/// of every shape, some with rows taller than a page) laid out to PDF; every page, read back with PdfPig, holds
/// something in its text area besides the running header and footer.</summary>
public class NoBlankPageTests
{
    private static readonly string[] Vocabulary =
        "water border trade energy policy dialogue security regional 2019–2023 12.5 cooperation US$ 40% framework".Split(' ');

    private static Gen<string> Words(int min, int max) =>
        Gen.Int[0, Vocabulary.Length - 1].Array[min, max].Select(ix => string.Join(' ', ix.Select(i => Vocabulary[i])));

    // Mostly short cells, sometimes a paragraph, rarely a cell taller than a page.
    private static readonly Gen<string> CellText = Gen.Frequency(
        (40, Words(1, 4)), (12, Words(10, 40)), (4, Words(0, 0)), (1, Words(900, 1200)));

    private static readonly Gen<string> Table = Gen.Select(Gen.Int[1, 5], Gen.Int[0, 24]).SelectMany((cols, rows) =>
        Gen.Select(Words(1, 3).Array[cols], CellText.Array[cols].Array[rows], (header, body) =>
        {
            var sb = new StringBuilder("Table: A random table\n\n| ").Append(string.Join(" | ", header)).Append(" |\n|");
            sb.Append(string.Concat(Enumerable.Repeat("---|", cols))).Append('\n');
            foreach (var row in body) sb.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            return sb.Append('\n').ToString();
        }));

    private static readonly Gen<string> Block = Gen.Frequency(
        (6, Words(5, 120).Select(p => p + ".\n\n")),
        (3, Words(1, 5).Select(h => $"## {h}\n\n")),
        (2, Words(2, 12).Array[1, 4].Select(items => string.Concat(items.Select(i => $"- {i}\n")) + "\n")),
        (1, Words(5, 60).Select(p => $"::: callout\n{p}\n:::\n\n")),
        (2, Gen.Const("\\newpage\n\n")),
        (4, Table));

    // A brief always has something to print (a brief of nothing but page breaks is one empty page, rightly).
    private static readonly Gen<string> Brief = Gen.Select(Block.Array[0, 12], Gen.Int[0, 12], (blocks, at) =>
        string.Concat(blocks.Take(at)) + "Some text.\n\n" + string.Concat(blocks.Skip(at)));

    [Fact]
    public void Two_hundred_random_briefs_have_no_blank_page()
    {
        var page = Theme.Default.Page;
        Brief.Sample(markup =>
        {
            var bag = new DiagnosticBag();
            var doc = DocumentParser.Parse(markup, SampleDocuments.Info(), "random.md", bag);
            Assert.NotNull(doc);
            var bytes = PdfFixture.Render(doc!).Pdf;
            using var pdf = PdfDocument.Open(bytes);
            foreach (var p in pdf.GetPages())
            {
                // The text area lies between the running header (above the top margin) and the footer (below the
                // bottom margin); PdfPig's y grows upwards.
                bool Inside(double y) => y < p.Height - page.MarginTop + 2 && y > page.MarginBottom - 2;
                var text = p.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value) && Inside(l.StartBaseLine.Y));
                Assert.True(text, $"page {p.Number} of {pdf.NumberOfPages} holds nothing but its header and footer:\n{(markup.Length > 4000 ? markup[..4000] + " …" : markup)}");
            }
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void A_page_break_before_a_table_whose_first_row_is_taller_than_a_page_leaves_no_blank_page()
    {
        var tall = string.Join(' ', Enumerable.Repeat("water border trade energy policy dialogue", 260));
        var markup = $"Intro paragraph.\n\n\\newpage\n\nTable: Tall\n\n| Text |\n|---|\n| {tall} |\n| short |\n";
        var doc = DocumentParser.Parse(markup, SampleDocuments.Info(), "tall.md", new DiagnosticBag())!;
        using var pdf = PdfDocument.Open(PdfFixture.Render(doc).Pdf);
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Contains("Intro", pages[0].Text);
        Assert.Contains("Tall", pages[1].Text); // the table starts right after the break
        Assert.All(pages.Skip(1), p => Assert.Contains("water", p.Text));
    }
}
