using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefGenerator.Tests.Docx;

/// <summary>Renders documents with the DOCX renderer and opens the result the way a reader would.</summary>
internal static class DocxTestRender
{
    private static readonly Lazy<byte[]> EverythingBytes = new(() => Render(SampleDocuments.Everything()));
    private static readonly Lazy<byte[]> EverythingTocBytes = new(() => Render(SampleDocuments.Everything(), Theme.Default with { Toc = true }));
    private static readonly Lazy<byte[]> LongTableBytes = new(() => Render(With(SampleDocuments.H(1, "s", "Section"), SampleDocuments.LongTable(240))));

    /// <summary>The sample document with every node kind, rendered once per test run (it is immutable).</summary>
    public static byte[] Everything => EverythingBytes.Value;

    /// <summary>The same with the theme's table of contents switched on.</summary>
    public static byte[] EverythingWithToc => EverythingTocBytes.Value;

    /// <summary>A heading and a 240-row table.</summary>
    public static byte[] LongTable240 => LongTableBytes.Value;

    public static RenderContext Context(Theme? theme = null, DiagnosticBag? diagnostics = null, string? templateFolder = null) =>
        new(theme ?? Theme.Default, FontLibrary.Open(DocxTestPaths.Fonts), diagnostics ?? new DiagnosticBag(), templateFolder);

    public static byte[] Render(BriefDocument document, Theme? theme = null, DiagnosticBag? diagnostics = null, string? templateFolder = null) =>
        new DocxRenderer().Render(document, Context(theme, diagnostics, templateFolder));

    /// <summary>A document holding just one block after a heading.</summary>
    public static BriefDocument With(params Block[] blocks) => new(SampleDocuments.Info(), blocks);

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>Validation errors as readable lines (empty when the file is valid).</summary>
    public static List<string> Validate(byte[] bytes)
    {
        using var doc = Open(bytes);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return validator.Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }
}
