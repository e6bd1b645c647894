using System.Security.Cryptography;
using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Pdf;

/// <summary>A large PDF is written as it is rendered into a temporary file beside its output (the file identifiers,
/// drawn from a hash of the whole file, filled in at the end), which the build renames into place: its bytes are those
/// of the PDF rendered in memory, and no temporary file is left behind, whether the build writes the brief or not.
/// The threshold is set to a byte here so that every object goes through the spool.</summary>
public class SpooledPdfTests
{
    [Fact]
    public void A_PDF_written_as_it_goes_has_the_bytes_of_one_rendered_in_memory()
    {
        var document = SampleDocuments.Everything();
        var memory = PdfFixture.Render(document).Pdf;
        using var ws = new Workspace();
        var target = Path.Combine(ws.Out, "brief.pdf");
        var context = new RenderContext(Theme.Default, FontLibrary.Open(RepoPaths.Fonts), new DiagnosticBag()) { OutputPath = target };

        var output = new PdfRenderer { SpoolAt = 1 }.RenderOutput(document, context);

        var spooled = Assert.IsType<SpooledFile>(output.Spooled);
        Assert.True(output.Bytes.IsEmpty);
        Assert.Equal(Path.GetFullPath(ws.Out), Path.GetDirectoryName(spooled.TempPath));
        Assert.False(File.Exists(target));
        var bytes = File.ReadAllBytes(spooled.TempPath);
        Assert.True(memory.AsSpan().SequenceEqual(bytes), "the spooled PDF differs from the one rendered in memory");
        Assert.Equal(bytes.Length, spooled.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), spooled.Sha256);
        Assert.Equal(PdfFixture.Open(bytes).NumberOfPages, output.Pages);
    }

    [Fact]
    public void A_build_renames_spooled_PDFs_into_place_and_leaves_no_temporary_file()
    {
        using var memoryWs = new Workspace();
        memoryWs.CopyBrief();
        Build(memoryWs, new PdfRenderer(), warnAsError: false);
        using var ws = new Workspace();
        ws.CopyBrief();

        var result = Build(ws, new PdfRenderer { SpoolAt = 1 }, warnAsError: false);

        Assert.False(result.HasErrors);
        var slug = Path.GetFileName(Path.GetDirectoryName(RepoPaths.SeedBrief))!;
        var pdf = File.ReadAllBytes(Path.Combine(ws.Out, slug, "policy-brief.pdf"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(memoryWs.Out, slug, "policy-brief.pdf")), pdf);
        var reported = result.Briefs.SelectMany(o => o.Outputs).Single(o => o.Format == "pdf");
        Assert.Equal(pdf.Length, reported.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), reported.Sha256);
        Assert.Empty(Directory.GetFiles(ws.Out, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_brief_whose_other_output_fails_writes_nothing_and_leaves_no_temporary_file(bool throws)
    {
        using var ws = new Workspace();
        ws.CopyBrief();

        // The PDF is spooled; the DOCX then reports an error (a user's mistake) or throws (a bug).
        var result = new BriefBuilder(new IDocumentRenderer[] { new PdfRenderer { SpoolAt = 1 }, new FailingDocx(throws) }).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Force = true,
        });

        Assert.True(result.HasErrors);
        Assert.Equal(throws, result.HasInternalErrors);
        Assert.All(result.Briefs, b => Assert.Equal(BriefStatus.Failed, b.Status));
        Assert.Empty(Directory.Exists(ws.Out) ? Directory.GetFiles(ws.Out, "*.pdf", SearchOption.AllDirectories) : []);
        Assert.Empty(Directory.Exists(ws.Out) ? Directory.GetFiles(ws.Out, "*.tmp", SearchOption.AllDirectories) : []);
    }

    // A DOCX renderer that fails, after the PDF (rendered first when the formats do not render side by side).
    private sealed class FailingDocx(bool throws) : IDocumentRenderer
    {
        public string Format => "docx";

        public byte[] Render(BriefGenerator.Document.BriefDocument document, RenderContext context)
        {
            if (throws) throw new InvalidOperationException("a bug in this renderer");
            context.Diagnostics.Error(DiagnosticCodes.OutputUnwritable, "this output cannot be made", SourceSpan.None);
            return Array.Empty<byte>();
        }
    }

    private static BuildResult Build(Workspace ws, PdfRenderer pdf, bool warnAsError) =>
        new BriefBuilder(new IDocumentRenderer[] { pdf, new DocxRenderer() }).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Force = true, WarnAsError = warnAsError,
        });
}
