using BriefGenerator.Tests.Support;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Writes sample PDFs to look at when BRIEF_SAMPLE_OUT names a folder; otherwise checks they render.</summary>
public class SampleOutputTests
{
    [Fact]
    public void Long_brief_renders_many_pages_without_warnings()
    {
        var doc = LayoutFixture.ManySections(30);
        var blocks = doc.Blocks.ToList();
        blocks.Insert(0, Everything().Blocks[0]);
        blocks.Insert(12, LongTable(60, 4, 1, "t1"));
        var (pdf, diagnostics) = PdfFixture.Render(doc with { Blocks = blocks, Info = doc.Info with { Title = "Long Brief" } });
        Assert.Empty(diagnostics);
        using var reader = PdfFixture.Open(pdf);
        Assert.True(reader.NumberOfPages >= 6, $"{reader.NumberOfPages} pages");
    }
}

/// <summary>The split-block stress document renders cleanly as a PDF too.</summary>
public class SplitBlockPdfTests
{
    [Fact]
    public void Split_blocks_render_and_extract()
    {
        var (pdf, diagnostics) = PdfFixture.Render(SplitBlockLayoutTests.Doc() with { Info = Info("Split Blocks") });
        Assert.Empty(diagnostics);
        using var reader = PdfFixture.Open(pdf);
        Assert.Contains("Key points", string.Concat(reader.GetPages().Select(p => p.Text)));
    }
}
