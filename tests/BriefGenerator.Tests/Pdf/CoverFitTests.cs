using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf;

/// <summary>A title too long for the cover is set smaller so the cover stays one page; one too long even for that runs
/// onto the next page. Either way the build succeeds and every word of the title is in the PDF.</summary>
public class CoverFitTests
{
    private static string Brief(string title) => $"---\ntitle: {title}\ndate: 2026-01-15\n---\n\nLede.\n\n## Section\n\nBody text.\n";

    [Theory]
    [InlineData(45, true)]    // ~400 characters: used to overflow the cover and exit 3
    [InlineData(80, true)]    // ~700 characters: fits once set smaller
    [InlineData(420, false)]  // ~3,800 characters: cannot fit one page at any legible size
    public void A_long_title_is_laid_out_whole(int words, bool coverOnOnePage)
    {
        using var ws = new Workspace();
        var title = string.Join(' ', Enumerable.Range(1, words).Select(i => $"Word{i}"));
        ws.AddBrief("long", Brief(title));
        var run = CliRun.Build(ws, "--format", "pdf");

        Assert.True(run.Exit == 0, run.Err);
        Assert.DoesNotContain("error", run.Err);
        using var pdf = PdfFixture.Open(File.ReadAllBytes(Path.Combine(ws.Out, "long", "policy-brief.pdf")));
        var pages = pdf.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList()).ToList();
        var all = pages.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i <= words; i++) Assert.Contains($"Word{i}", all);
        Assert.Equal(coverOnOnePage, pages[0].Contains($"Word{words}"));
        var body = pages.FindIndex(p => p.Contains("Lede."));
        Assert.True(body >= 1, "the body starts after the cover");
    }
}
