using BriefGenerator.Tests.Pdf.Strict;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The PDFs read back by programs other than PdfPig, with any warning counted as a failure: qpdf's structural
/// and stream check, mutool's full rewrite with every stream decoded, Ghostscript rendering every page, and poppler's
/// font list. They run on the whole conformance corpus (<see cref="ConformanceCorpus"/>).</summary>
public class ExternalReaderTests
{
    public static TheoryData<string> Corpus() => ConformanceCorpus.Names();

    private static string Write(Workspace ws, string name)
    {
        Directory.CreateDirectory(ws.Out);
        var path = Path.Combine(ws.Out, name.Replace('/', '-') + ".pdf");
        File.WriteAllBytes(path, ConformanceCorpus.Pdfs[name]);
        return path;
    }

    [ToolTheory("qpdf", "qpdf"), MemberData(nameof(Corpus))]
    public void Qpdf_finds_no_errors_or_warnings(string name)
    {
        using var ws = new Workspace();
        var pdf = Write(ws, name);
        var check = ProcessRun.Of("qpdf", new[] { "--check", pdf }, ws.Root);
        Assert.True(check.Exit == 0, check.Out + check.Err); // 0: no errors; 3 would mean warnings
        Assert.Contains("No syntax or stream encoding errors found", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", check.Out + check.Err, StringComparison.Ordinal);
        // Decoding every stream (fonts and the ICC profile included) is where truncated zlib data shows.
        var decode = ProcessRun.Of("qpdf", new[] { "--decode-level=all", "--qdf", pdf, Path.Combine(ws.Root, "decoded.pdf") }, ws.Root);
        Assert.True(decode.Exit == 0 && (decode.Out + decode.Err).Trim().Length == 0, decode.Out + decode.Err);
    }

    [ToolTheory("mutool", "mupdf-tools"), MemberData(nameof(Corpus))]
    public void Mutool_decompresses_every_stream_without_a_message(string name)
    {
        using var ws = new Workspace();
        var run = ProcessRun.Of("mutool", new[] { "clean", "-d", Write(ws, name), Path.Combine(ws.Root, "clean.pdf") }, ws.Root);
        Assert.True(run.Exit == 0 && (run.Out + run.Err).Trim().Length == 0, run.Out + run.Err);
    }

    [ToolTheory("gs", "ghostscript"), MemberData(nameof(Corpus))]
    public void Ghostscript_renders_every_page_without_a_message(string name)
    {
        using var ws = new Workspace();
        var run = ProcessRun.Of("gs", new[] { "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", Write(ws, name) }, ws.Root);
        Assert.True(run.Exit == 0 && (run.Out + run.Err).Trim().Length == 0, run.Out + run.Err);
    }

    [ToolFact("pdffonts", "poppler-utils")]
    public void Every_font_is_an_embedded_subset_with_a_unicode_map()
    {
        using var ws = new Workspace();
        var lines = ProcessRun.Succeeding("pdffonts", new[] { Write(ws, "everything") }, ws.Root)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList(); // header and rule
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            // name type encoding emb sub uni object ID
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (emb, sub, uni) = (cols[^5], cols[^4], cols[^3]);
            Assert.True(emb == "yes" && sub == "yes" && uni == "yes", "not an embedded subset with a Unicode map: " + line);
            Assert.Matches("^[A-Z]{6}\\+Noto[A-Za-z]*-[A-Za-z]+$", cols[0]);
        }
    }
}
