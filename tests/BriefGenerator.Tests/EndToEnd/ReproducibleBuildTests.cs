using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Two builds of the same inputs give byte-identical files whatever the time, order or parallelism;
/// SOURCE_DATE_EPOCH sets the dates inside them.</summary>
public class ReproducibleBuildTests
{
    private static BuildResult Build(Workspace ws, string outFolder, int parallelism, long? epoch) =>
        new BriefBuilder(RendererSet.All).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = outFolder,
            Parallelism = parallelism, SourceDateEpoch = epoch, ToolVersion = "1.2.3",
        });

    [Fact]
    public void Builds_a_second_apart_with_different_parallelism_are_byte_identical()
    {
        using var ws = new Workspace();
        ws.AddBrief("seed", File.ReadAllText(RepoPaths.SeedBrief));
        ws.AddBrief("fergana", File.ReadAllText(RepoPaths.TestData("briefs", "fergana-water", "brief.md")));
        var first = Build(ws, Path.Combine(ws.Root, "out1"), 1, null);
        Thread.Sleep(1100);
        var second = Build(ws, Path.Combine(ws.Root, "out2"), 4, null);
        Assert.False(first.HasErrors);
        var files1 = first.Briefs.SelectMany(b => b.Outputs).OrderBy(o => Path.GetFileName(Path.GetDirectoryName(o.Path)) + o.Format).ToList();
        var files2 = second.Briefs.SelectMany(b => b.Outputs).OrderBy(o => Path.GetFileName(Path.GetDirectoryName(o.Path)) + o.Format).ToList();
        Assert.Equal(4, files1.Count);
        Assert.Equal(files1.Select(f => f.Sha256), files2.Select(f => f.Sha256));
        foreach (var (a, b) in files1.Zip(files2)) Assert.Equal(File.ReadAllBytes(a.Path), File.ReadAllBytes(b.Path));
    }

    [Fact]
    public void Source_date_epoch_sets_the_dates_in_both_formats()
    {
        using var ws = new Workspace();
        ws.AddBrief("dated", "---\ntitle: Dated\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
        const long epoch = 1700000000; // 2023-11-14T22:13:20Z
        var result = Build(ws, ws.Out, 1, epoch);
        Assert.False(result.HasErrors);

        using var pdf = PdfDocument.Open(Path.Combine(ws.Out, "dated", "policy-brief.pdf"));
        Assert.StartsWith("D:20231114221320", pdf.Information.CreationDate);
        Assert.StartsWith("D:20231114221320", pdf.Information.ModifiedDate);

        using var docx = WordprocessingDocument.Open(Path.Combine(ws.Out, "dated", "policy-brief.docx"), false);
        Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), docx.PackageProperties.Created!.Value.ToUniversalTime());

        var without = Build(ws, Path.Combine(ws.Root, "out-brief-date"), 1, null);
        using var pdf2 = PdfDocument.Open(Path.Combine(ws.Root, "out-brief-date", "dated", "policy-brief.pdf"));
        Assert.StartsWith("D:20260115", pdf2.Information.CreationDate);
    }
}
