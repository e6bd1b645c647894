using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The PDF read back by programs other than PdfPig: qpdf's structural check and poppler's font list.</summary>
public class ExternalReaderTests
{
    private static string WriteEverything(Workspace ws)
    {
        Directory.CreateDirectory(ws.Out);
        var path = Path.Combine(ws.Out, "everything.pdf");
        File.WriteAllBytes(path, PdfFixture.Everything);
        return path;
    }

    [ToolFact("qpdf", "qpdf")]
    public void Qpdf_finds_no_errors_or_warnings()
    {
        using var ws = new Workspace();
        var run = ProcessRun.Of("qpdf", $"--check \"{WriteEverything(ws)}\"", ws.Root);
        Assert.True(run.Exit == 0, run.Out + run.Err); // 0: no errors; 3 would mean warnings
        Assert.Contains("No syntax or stream encoding errors found", run.Out, StringComparison.Ordinal);
    }

    [ToolFact("pdffonts", "poppler-utils")]
    public void Every_font_is_an_embedded_subset_with_a_unicode_map()
    {
        using var ws = new Workspace();
        var lines = ProcessRun.Succeeding("pdffonts", $"\"{WriteEverything(ws)}\"", ws.Root)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList(); // header and rule
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            // name type encoding emb sub uni object ID
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (emb, sub, uni) = (cols[^5], cols[^4], cols[^3]);
            Assert.True(emb == "yes" && sub == "yes" && uni == "yes", "not an embedded subset with a Unicode map: " + line);
            Assert.Matches("^[A-Z]{6}\\+Noto", cols[0]);
        }
    }
}
