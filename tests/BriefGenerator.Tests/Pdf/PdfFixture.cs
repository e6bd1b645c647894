using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Renders documents to PDF once per test class and opens them with PdfPig, as a reader would.</summary>
public static class PdfFixture
{
    private static readonly Lazy<(byte[] Pdf, DiagnosticBag Diagnostics)> EverythingPdf = new(() => Render(SampleDocuments.Everything()));

    /// <summary>The rendered <see cref="SampleDocuments.Everything"/> brief.</summary>
    public static byte[] Everything => EverythingPdf.Value.Pdf;

    /// <summary>Warnings from rendering <see cref="SampleDocuments.Everything"/>.</summary>
    public static DiagnosticBag EverythingDiagnostics => EverythingPdf.Value.Diagnostics;

    /// <summary>Renders a document with the default theme and the bundled fonts.</summary>
    public static (byte[] Pdf, DiagnosticBag Diagnostics) Render(BriefDocument document, Theme? theme = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = new RenderContext(theme ?? Theme.Default, FontLibrary.Open(RepoPaths.Fonts), diagnostics);
        var pdf = new PdfRenderer().Render(document, context);
        var outPath = Environment.GetEnvironmentVariable("BRIEF_SAMPLE_OUT");
        if (!string.IsNullOrEmpty(outPath) && document.Blocks.Count > 0)
            File.WriteAllBytes(Path.Combine(outPath, $"{document.Info.Title.Replace(' ', '-')}-{document.Blocks.Count}.pdf"), pdf);
        return (pdf, diagnostics);
    }

    /// <summary>A document of the given blocks with the sample metadata.</summary>
    public static BriefDocument Doc(params Block[] blocks) => new(SampleDocuments.Info(), blocks);

    /// <summary>Opens PDF bytes with PdfPig.</summary>
    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);
}
