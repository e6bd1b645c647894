using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Docx;

/// <summary>A reference.docx named by the theme supplies styles by name (pandoc's convention).</summary>
public class DocxReferenceDocTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefgen-ref-" + Guid.NewGuid().ToString("N"));

    public DocxReferenceDocTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteReference(string file)
    {
        using var doc = WordprocessingDocument.Create(Path.Combine(_folder, file), DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph()));
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        // Word's own ids and names: "Heading 1" is based on "Normal"-like "RefBase", which must come along.
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Ref Base" }, new StyleRunProperties(new Color { Val = "00AA00" }))
            { Type = StyleValues.Paragraph, StyleId = "RefBase" },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "RefBase" },
                new StyleRunProperties(new Color { Val = "AA0000" }, new FontSize { Val = "48" }))
            { Type = StyleValues.Paragraph, StyleId = "berschrift1" });
    }

    [Fact]
    public void Styles_with_matching_names_replace_the_generated_ones()
    {
        WriteReference("reference.docx");
        var theme = Theme.Default with { ReferenceDocx = "reference.docx" };
        var bytes = DocxTestRender.Render(SampleDocuments.Everything(), theme, templateFolder: _folder);

        Assert.Empty(DocxTestRender.Validate(bytes));
        using var doc = DocxTestRender.Open(bytes);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        var h1 = styles.Single(s => s.StyleId == "Heading1");
        Assert.Equal("AA0000", h1.StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("RefBase", h1.BasedOn!.Val!.Value);
        Assert.Contains(styles, s => s.StyleId == "RefBase");
        // Styles the reference does not have keep the theme's look.
        Assert.Equal("1F4E79", styles.Single(s => s.StyleId == "Heading2").StyleRunProperties!.Color!.Val!.Value);
    }

    [Fact]
    public void Missing_reference_is_a_warning_and_the_theme_styles_are_used()
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Default with { ReferenceDocx = "nope.docx" };
        var bytes = DocxTestRender.Render(SampleDocuments.Everything(), theme, diagnostics, _folder);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ThemeInvalid && d.Severity == Severity.Warning);
        using var doc = DocxTestRender.Open(bytes);
        var h1 = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("1F4E79", h1.StyleRunProperties!.Color!.Val!.Value);
    }

    [Fact]
    public void Reference_outside_the_template_folder_is_refused()
    {
        var diagnostics = new DiagnosticBag();
        DocxTestRender.Render(SampleDocuments.Everything(), Theme.Default with { ReferenceDocx = "../../etc/passwd" }, diagnostics, _folder);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ThemeInvalid && d.Message.Contains("outside", StringComparison.Ordinal));
    }
}
