using BriefGenerator.Document;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Docx;

/// <summary>The styles part is made once per theme, language and font library, and an edited theme or another
/// language is seen by the next render of the same process.</summary>
public class StylesPartCacheTests
{
    private static Styles StylesOf(byte[] docx)
    {
        using var doc = DocxTestRender.Open(docx);
        return (Styles)doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.CloneNode(true);
    }

    // The body text colour sits on the document defaults.
    private static string? TextColor(Styles styles) => styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Color?.Val?.Value;

    [Fact]
    public void An_edited_theme_in_the_same_process_gets_its_own_styles()
    {
        var document = SampleDocuments.Everything();
        var red = Theme.Default with { Colors = new ColorTheme { Text = "#AA0000" } };
        var blue = Theme.Default with { Colors = new ColorTheme { Text = "#0000BB" } };
        var first = StylesOf(DocxTestRender.Render(document, red));
        var second = StylesOf(DocxTestRender.Render(document, blue));
        Assert.Equal("AA0000", TextColor(first));
        Assert.Equal("0000BB", TextColor(second));
        // The same theme values again (a new theme object, as each brief loads its theme) give the first bytes.
        var again = DocxTestRender.Render(document, Theme.Default with { Colors = new ColorTheme { Text = "#AA0000" } });
        Assert.Equal(first.OuterXml, StylesOf(again).OuterXml);
        Assert.Empty(DocxTestRender.Validate(again));
    }

    [Fact]
    public void Another_language_gets_its_own_styles()
    {
        var english = SampleDocuments.Everything();
        var german = english with { Info = english.Info with { Language = "de-DE" } };
        var en = StylesOf(DocxTestRender.Render(english));
        var de = StylesOf(DocxTestRender.Render(german));
        string? Lang(Styles s) => s.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;
        Assert.Equal("en-US", Lang(en));
        Assert.Equal("de-DE", Lang(de));
    }

    [Fact]
    public void The_cache_stays_bounded()
    {
        var document = DocxTestRender.With(SampleDocuments.H(1, "s", "Section"));
        for (var i = 0; i < StylesPartCache.MaxEntries + 4; i++)
            DocxTestRender.Render(document, Theme.Default with { Colors = new ColorTheme { Text = $"#0000{i:X2}" } });
        Assert.True(StylesPartCache.Count <= StylesPartCache.MaxEntries);
    }
}
