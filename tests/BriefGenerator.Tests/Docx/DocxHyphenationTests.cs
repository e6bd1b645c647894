using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>The DOCX asks Word to hyphenate the paragraphs the PDF hyphenates, by the document language.</summary>
public class DocxHyphenationTests
{
    private static Style Style(WordprocessingDocument doc, string id) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    private static bool? Suppressed(WordprocessingDocument doc, string id) =>
        Style(doc, id).StyleParagraphProperties?.SuppressAutoHyphens is { } s ? s.Val?.Value ?? true : null;

    [Fact]
    public void Justified_briefs_get_automatic_hyphenation_for_body_text_only()
    {
        var bytes = DocxTestRender.Render(Everything(), Theme.Default with { Justify = true });
        Assert.Empty(DocxTestRender.Validate(bytes));
        using var doc = DocxTestRender.Open(bytes);
        var settings = doc.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<AutoHyphenation>());
        Assert.Equal(2, settings.GetFirstChild<ConsecutiveHyphenLimit>()!.Val!.Value);
        Assert.NotNull(settings.GetFirstChild<DoNotHyphenateCaps>());
        Assert.Equal("en-US", doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!
            .RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.True(Suppressed(doc, "Normal"));
        Assert.False(Suppressed(doc, "BodyText"));
        Assert.True(Suppressed(doc, "Lede"));
        Assert.Null(Suppressed(doc, "Heading1")); // inherits Normal's: not hyphenated
    }

    [Fact]
    public void Ragged_briefs_and_languages_without_patterns_are_not_hyphenated()
    {
        using (var ragged = DocxTestRender.Open(DocxTestRender.Render(Everything())))
            Assert.Null(ragged.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<AutoHyphenation>());
        var uzbek = DocxTestRender.Render(new(Info(language: "uz"), new[] { P("Matn") }), Theme.Default with { Justify = true });
        using var doc = DocxTestRender.Open(uzbek);
        Assert.Null(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<AutoHyphenation>());
        Assert.Null(Suppressed(doc, "BodyText"));
    }

    [Fact]
    public void The_theme_can_hyphenate_ragged_text()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Everything(), Theme.Default with { Hyphenate = true }));
        Assert.NotNull(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<AutoHyphenation>());
    }
}
