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
    public void Embedded_font_deobfuscates_to_a_subset_of_the_bundled_file()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var table = doc.MainDocumentPart!.FontTablePart!;
        var embed = table.Fonts!.Elements<Font>().Single(f => f.Name == "Noto Serif").GetFirstChild<EmbedRegularFont>()!;
        using var stream = table.GetPartById(embed.Id!.Value!).GetStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var original = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data;
        var font = FontObfuscation.Obfuscate(buffer.ToArray(), embed.FontKey!.Value!);

        Assert.NotEqual(font.Take(32), buffer.ToArray().Take(32));
        Assert.True(embed.Subsetted!.Value);
        Assert.True(font.Length < original.Length * 0.8, $"subset {font.Length} of {original.Length} bytes");
        var tables = TrueTypeFile.ReadTables(font)!.ToDictionary(t => t.Tag, t => t.Data);
        var originalTables = TrueTypeFile.ReadTables(original)!.ToDictionary(t => t.Tag, t => t.Data);
        Assert.Equal(originalTables["cmap"], tables["cmap"]);
        Assert.Equal(originalTables["hmtx"], tables["hmtx"]);
        Assert.Equal(originalTables.Keys.Where(k => k != "DSIG").Order(), tables.Keys.Order());
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
