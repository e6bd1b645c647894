using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>The theme's fonts are named in the font table and embedded as obfuscated TrueType.</summary>
public class DocxFontTests
{
    [Fact]
    public void Font_table_embeds_regular_and_bold_of_body_and_heading_fonts()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var table = doc.MainDocumentPart!.FontTablePart!;
        var fonts = table.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        foreach (var family in new[] { "Noto Serif", "Noto Sans" })
        {
            Assert.NotNull(fonts[family].GetFirstChild<EmbedRegularFont>());
            Assert.NotNull(fonts[family].GetFirstChild<EmbedBoldFont>());
        }
        Assert.True(table.FontParts.Count() >= 4);
        Assert.NotNull(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EmbedTrueTypeFonts>());
    }

    [Fact]
    public void By_default_a_bundled_face_is_embedded_whole()
    {
        // embed_fonts: auto embeds faces up to 1 MiB whole (every bundled Noto face), so any later edit stays visible.
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var (font, embed) = DocxEmbeddedFonts.Read(doc, "Noto Serif");
        var original = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data;
        Assert.Equal(original, font);
        Assert.Null(embed.Subsetted);
    }

    [Fact]
    public void Italic_and_monospace_faces_are_embedded_only_when_used()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(DocxTestRender.With(H(1, "a", "Plain"), P("Plain text."))));
        var fonts = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToList();
        Assert.DoesNotContain(fonts.SelectMany(f => f.Elements<EmbedItalicFont>()), _ => true);
        Assert.Null(fonts.Single(f => f.Name == "Noto Sans Mono").GetFirstChild<EmbedRegularFont>());
        Assert.Equal(4, doc.MainDocumentPart.FontTablePart.FontParts.Count());
    }

    [Fact]
    public void Font_key_follows_the_spec_byte_order()
    {
        // ECMA-376 §17.8.1: key byte i is the hex pair at position 30-2i of the GUID's digits.
        var key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
        var font = new byte[40];
        var result = FontObfuscation.Obfuscate(font, key);
        Assert.Equal(0xFF, result[0]);
        Assert.Equal(0x00, result[15]);
        Assert.Equal(0xFF, result[16]);
        Assert.Equal(0, result[32]);
    }

    [Fact]
    public void Emphasis_in_a_table_embeds_the_heading_font_italic()
    {
        var table = new BriefGenerator.Document.Table("t", 1, T("Caption"),
            new[] { new BriefGenerator.Document.TableColumn(T("Head"), BriefGenerator.Document.ColumnAlign.Left) },
            new[] { new BriefGenerator.Document.TableRow(new[] { new BriefGenerator.Document.TableCell(new BriefGenerator.Document.Inline[] { new BriefGenerator.Document.Emphasis(T("slanted")) }) }) },
            Span());
        using var doc = DocxTestRender.Open(DocxTestRender.Render(DocxTestRender.With(table)));
        var fonts = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.NotNull(fonts["Noto Sans"].GetFirstChild<EmbedItalicFont>());
        Assert.Null(fonts["Noto Serif"].GetFirstChild<EmbedItalicFont>());
    }

    [Fact]
    public void One_family_for_body_and_headings_gives_one_font_entry()
    {
        var theme = Theme.Default with { Fonts = new FontTheme { Body = "Noto Sans", Heading = "Noto Sans" } };
        using var doc = DocxTestRender.Open(DocxTestRender.Render(Everything(), theme));
        var fonts = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value).ToList();
        Assert.Equal(new[] { "Noto Sans", "Noto Sans Mono" }, fonts);
        Assert.Empty(DocxTestRender.Validate(DocxTestRender.Render(Everything(), theme)));
    }
}
