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
    public void An_empty_brief_is_one_page_with_its_footer()
    {
        var (bytes, diagnostics) = PdfFixture.Render(PdfFixture.Doc());
        Assert.Empty(diagnostics);
        using var pdf = PdfFixture.Open(bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("Page 1 of 1", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Hard_line_breaks_and_hyphens_break_lines()
    {
        var para = new Paragraph(new Inline[] { new Text("First line"), new LineBreak(), new Text("Second line") }, null, Span());
        var rec = LayoutFixture.Record(PdfFixture.Doc(para));
        var first = Assert.Single(rec.Texts, t => t.Text.StartsWith("First", StringComparison.Ordinal));
        var second = Assert.Single(rec.Texts, t => t.Text.StartsWith("Second", StringComparison.Ordinal));
        Assert.True(second.Baseline > first.Baseline);
        Assert.Equal(first.X, second.X, 3);

        // A long hyphenated compound breaks after a hyphen, keeping the hyphen on the first line.
        var compound = string.Join("-", Enumerable.Repeat("cross-border", 30));
        var rec2 = LayoutFixture.Record(PdfFixture.Doc(P(compound)));
        var lines = rec2.Texts.Where(t => t.Page == 0).OrderBy(t => t.Baseline).ToList();
        Assert.True(lines.Count >= 2);
        Assert.EndsWith("-", lines[0].Text.TrimEnd());
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
            Assert.InRange(line.Max(l => l.BoundingBox.Right), right - 1.5, right + 0.5);
        var words = page.GetWords().Select(w => w.Text).Where(w => w != "Test" && w != "Brief" && !w.StartsWith("Page") && w != "of" && w != "1").ToList();
        // A hyphenated word ends its line with a soft hyphen, which a reader drops when it joins the lines.
        Assert.Equal(text.Split(' '), string.Join(" ", words).Replace("\u00AD ", "").Split(' '));
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
