using System.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Theming;
using BriefGenerator.Tests.Support;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Edge cases of pagination and rendering: over-tall rows, justification, parallel renders, speed.</summary>
public class RobustnessTests
{
    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines_and_loses_nothing()
    {
        var tall = string.Join(" ", Enumerable.Range(1, 1400).Select(i => $"w{i}"));
        var table = new Table("t", 1, T("Tall"),
            new[] { new TableColumn(T("Key"), ColumnAlign.Left), new TableColumn(T("Text"), ColumnAlign.Left) },
            new[] { new TableRow(new[] { new TableCell(T("one")), new TableCell(T(tall)) }), new TableRow(new[] { new TableCell(T("two")), new TableCell(T("short")) }) },
            Span());
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc(table));
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        for (int i = 1; i <= 1400; i++) Assert.Equal(1, words.Count(w => w == $"w{i}"));
        Assert.All(pdf.GetPages(), p => Assert.Contains("Text", p.GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Justified_text_fills_the_column_and_still_extracts_exactly()
    {
        var theme = Theme.Default with { Justify = true };
        var text = LayoutFixture.Words(200, 11);
        var (bytes, _) = PdfFixture.Render(PdfFixture.Doc(P(text)), theme);
        using var pdf = PdfFixture.Open(bytes);
        var page = pdf.GetPage(1);
        var right = theme.Page.Width - theme.Page.MarginRight;
        var lines = page.Letters.Where(l => l.Value != " " && l.PointSize > 10)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).ToList();
        Assert.True(lines.Count > 4);
        foreach (var line in lines.Take(lines.Count - 1))
            Assert.InRange(line.Max(l => l.GlyphRectangle.Right), right - 1.5, right + 0.5);
        var words = page.GetWords().Select(w => w.Text).Where(w => w != "Test" && w != "Brief" && !w.StartsWith("Page") && w != "of" && w != "1").ToList();
        Assert.Equal(text.Split(' '), words);
    }

    [Fact]
    public void Parallel_renders_give_the_same_bytes_as_one_at_a_time()
    {
        var expected = PdfFixture.Render(Everything()).Pdf;
        var results = new byte[6][];
        Parallel.For(0, results.Length, i => results[i] = PdfFixture.Render(Everything()).Pdf);
        if (Environment.GetEnvironmentVariable("PDF_DEBUG_DIR") is { } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, "e.pdf"), expected);
            for (int i = 0; i < results.Length; i++) File.WriteAllBytes(Path.Combine(dir, $"p{i}.pdf"), results[i]);
        }
        Assert.All(results, r => Assert.True(r.AsSpan().SequenceEqual(expected)));
    }

}
