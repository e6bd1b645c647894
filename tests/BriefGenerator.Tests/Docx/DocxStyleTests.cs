using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>Paragraphs carry named styles built from the theme, never hard-coded fonts.</summary>
public class DocxStyleTests
{
    private static List<string> UsedStyles(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!).ToList();

    private static Style StyleById(WordprocessingDocument doc, string id) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    [Fact]
    public void Title_headings_caption_and_body_styles_are_used()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var used = UsedStyles(doc);
        foreach (var id in new[] { "Title", "Subtitle", "Heading1", "Heading2", "Caption", "BodyText", "Quote", "Callout", "ListParagraph", "Lede" })
            Assert.Contains(id, used);
    }

    [Fact]
    public void Every_used_style_is_defined()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var defined = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var body = doc.MainDocumentPart.Document.Body!;
        var used = UsedStyles(doc)
            .Concat(body.Descendants<RunStyle>().Select(s => s.Val!.Value!))
            .Concat(body.Descendants<TableStyle>().Select(s => s.Val!.Value!));
        Assert.All(used, id => Assert.Contains(id, defined));
    }

    [Theory]
    [InlineData("Heading1", 0)]
    [InlineData("Heading2", 1)]
    [InlineData("Heading3", 2)]
    public void Heading_styles_have_outline_levels_and_keep_with_next(string id, int level)
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var style = StyleById(doc, id);
        Assert.Equal(level, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.NotNull(style.StyleParagraphProperties.KeepNext);
        Assert.Equal("heading " + (level + 1), style.StyleName!.Val!.Value);
    }

    [Fact]
    public void Heading_levels_map_to_title_and_heading_styles()
    {
        var bytes = DocxTestRender.Render(DocxTestRender.With(H(0, "t", "T"), H(1, "a", "A"), H(2, "b", "B"), H(3, "c", "C")));
        using var doc = DocxTestRender.Open(bytes);
        Assert.Equal(new[] { "Title", "Heading1", "Heading2", "Heading3" }, UsedStyles(doc));
    }

    [Fact]
    public void Fonts_and_colours_come_from_the_theme()
    {
        var theme = Theme.Default with
        {
            Fonts = new FontTheme { Body = "Noto Sans", Heading = "Noto Serif", H1Size = 20 },
            Colors = new ColorTheme { Accent = "#AA0000" },
        };
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Everything(), theme));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Noto Sans", defaults.RunFonts!.Ascii!.Value);
        var h1 = StyleById(doc, "Heading1").StyleRunProperties!;
        Assert.Equal("Noto Serif", h1.RunFonts!.Ascii!.Value);
        Assert.Equal("AA0000", h1.Color!.Val!.Value);
        Assert.Equal("40", h1.FontSize!.Val!.Value);
    }

    [Fact]
    public void Document_language_is_on_the_default_run_properties()
    {
        var bytes = DocxTestRender.Render(new(Info(language: "uz-Latn-UZ"), new[] { P("Salom") }));
        using var doc = DocxTestRender.Open(bytes);
        var lang = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal("uz-Latn-UZ", lang.Val!.Value);
    }

    [Fact]
    public void Body_text_is_justified_only_when_the_theme_says_so()
    {
        using var ragged = DocxTestRender.Open(DocxTestRender.Everything);
        Assert.Null(StyleById(ragged, "BodyText").StyleParagraphProperties?.Justification);
        using var justified = DocxTestRender.Open(DocxTestRender.Render(Everything(), Theme.Default with { Justify = true }));
        Assert.Equal(JustificationValues.Both, StyleById(justified, "BodyText").StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Inline_formatting_uses_run_properties_and_character_styles()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var runs = doc.MainDocumentPart!.Document.Body!.Descendants<Run>().ToList();
        Assert.Contains(runs, r => r.InnerText == "bold" && r.RunProperties?.Bold is not null);
        Assert.Contains(runs, r => r.InnerText == "italic" && r.RunProperties?.Italic is not null);
        Assert.Contains(runs, r => r.InnerText == "code()" && r.RunProperties?.RunStyle?.Val == "VerbatimChar");
        Assert.DoesNotContain(doc.MainDocumentPart.Document.Body.Descendants<RunFonts>(), _ => true);
    }

    [Fact]
    public void Word_kerns_all_text_as_the_PDF_does()
    {
        var bytes = DocxTestRender.Render(new(Info(), new[] { P("AV To") }));
        Assert.Empty(DocxTestRender.Validate(bytes));
        using var doc = DocxTestRender.Open(bytes);
        var kern = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Kern!;
        Assert.Equal(2u, kern.Val!.Value); // half-points: every size
    }

    [Fact]
    public void Missing_language_falls_back_to_en_US()
    {
        var bytes = DocxTestRender.Render(new(Info(language: ""), new[] { P("Text") }));
        Assert.Empty(DocxTestRender.Validate(bytes));
        using var doc = DocxTestRender.Open(bytes);
        var lang = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal("en-US", lang.Val!.Value);
    }
}
