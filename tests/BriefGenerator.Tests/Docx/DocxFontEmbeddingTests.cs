using BriefGenerator.Fonts;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>The theme's <c>embed_fonts</c>: whole faces, honest subsets, or none; every variant a valid DOCX.</summary>
public class DocxFontEmbeddingTests
{
    private static byte[] Render(string mode, string language = "en-US", string text = "Plain text about water.") =>
        DocxTestRender.Render(new BriefGenerator.Document.BriefDocument(Info(language: language), new BriefGenerator.Document.Block[] { H(1, "a", "Heading"), P(text) }),
            Theme.Default with { EmbedFonts = mode });

    private static HashSet<int> Mapped(byte[] font) =>
        TrueTypeCmap.Read(TrueTypeFile.ReadTables(font)!.Single(t => t.Tag == "cmap").Data, int.MaxValue)!.Select(p => p.CodePoint).ToHashSet();

    [Theory]
    [InlineData("auto"), InlineData("full"), InlineData("subset"), InlineData("used"), InlineData("none")]
    public void Every_mode_gives_a_valid_document(string mode) => Assert.Empty(DocxTestRender.Validate(Render(mode)));

    [Fact]
    public void Full_embeds_the_bundled_face_byte_for_byte()
    {
        using var doc = DocxTestRender.Open(Render("full"));
        var (font, embed) = DocxEmbeddedFonts.Read(doc, "Noto Serif");
        Assert.Equal(FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data, font);
        Assert.Null(embed.Subsetted);
        Assert.Null(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<SaveSubsetFonts>());
    }

    [Fact]
    public void Subset_is_marked_subsetted_and_maps_only_what_it_draws()
    {
        // Greek typed later into an English brief ("λόγος") is not claimed by the subset, so Word draws it with another
        // font instead of blank space; the brief's own text and Latin are all there.
        using var doc = DocxTestRender.Open(Render("subset"));
        var (font, embed) = DocxEmbeddedFonts.Read(doc, "Noto Serif");
        var original = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data;
        Assert.True(embed.Subsetted!.Value);
        Assert.True(font.Length < original.Length * 0.8, $"subset {font.Length} of {original.Length} bytes");
        var mapped = Mapped(font);
        Assert.All("Plain text about water.", c => Assert.Contains(c, mapped));
        Assert.DoesNotContain('λ', mapped);
        Assert.NotNull(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<SaveSubsetFonts>());
    }

    [Fact]
    public void Subset_keeps_the_brief_languages_script_for_later_edits()
    {
        // A Russian brief whose text happens to be Latin still gets Cyrillic: what its editors will type.
        using var doc = DocxTestRender.Open(Render("subset", language: "ru"));
        var mapped = Mapped(DocxEmbeddedFonts.Read(doc, "Noto Serif").Font);
        Assert.Contains('ж', mapped);
        Assert.Contains('Ж', mapped);
    }

    [Fact]
    public void Used_is_a_real_subset_that_draws_the_text_and_ascii_and_nothing_else()
    {
        using var doc = DocxTestRender.Open(Render("used", text: "Plain text about water in Ōsaka."));
        var (font, embed) = DocxEmbeddedFonts.Read(doc, "Noto Serif");
        var original = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data;
        Assert.True(embed.Subsetted!.Value);
        Assert.True(font.Length < original.Length / 10, $"subset {font.Length} of {original.Length} bytes");
        var tables = TrueTypeFile.ReadTables(font)!.ToDictionary(t => t.Tag, t => t.Data);
        Assert.DoesNotContain("GSUB", tables.Keys); // its glyph numbers would name other glyphs now
        var glyphs = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        var map = TrueTypeCmap.Read(tables["cmap"], glyphs)!;
        var mapped = map.Select(p => p.CodePoint).ToHashSet();
        Assert.All("Plain text about water in Ōsaka. 0123456789 é", c => Assert.Contains(c, mapped));
        Assert.DoesNotContain('Ą', mapped); // Latin Extended-A beyond the text is not kept
        Assert.DoesNotContain('λ', mapped);
        Assert.True(glyphs < 300, $"{glyphs} glyphs");
        Assert.All(map, p => Assert.InRange(p.Glyph, 1, glyphs - 1));

        // The font reads back with the project's own reader and measures the text as the original does.
        var path = Path.Combine(Path.GetTempPath(), $"used-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, font);
        try
        {
            var subsetFace = new FontFace("Noto Serif", FontStyle.Regular, path);
            var originalFace = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!;
            Assert.Null(subsetFace.Problem);
            Assert.Equal(TextMeasurer.Width("Ōsaka water", originalFace, 10), TextMeasurer.Width("Ōsaka water", subsetFace, 10), 3);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void None_embeds_nothing_and_does_not_ask_Word_to()
    {
        var bytes = Render("none");
        using var doc = DocxTestRender.Open(bytes);
        var table = doc.MainDocumentPart!.FontTablePart!;
        Assert.Empty(table.FontParts);
        Assert.Contains(table.Fonts!.Elements<Font>(), f => f.Name == "Noto Serif");
        Assert.Empty(table.Fonts!.Descendants<EmbedRegularFont>());
        Assert.Null(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EmbedTrueTypeFonts>());
    }

    [Fact]
    public void Auto_embeds_whole_faces_up_to_the_limit_and_subsets_larger_ones()
    {
        Assert.False(FontEmbedding.Subsets(FontEmbedding.Auto, 600_000));
        Assert.True(FontEmbedding.Subsets(FontEmbedding.Auto, FontEmbedding.FullLimit + 1L));
        Assert.True(FontEmbedding.Subsets(FontEmbedding.Subset, 1));
        Assert.False(FontEmbedding.Subsets(FontEmbedding.Full, long.MaxValue));
        using var doc = DocxTestRender.Open(Render("auto"));
        Assert.Null(DocxEmbeddedFonts.Read(doc, "Noto Sans").Embed.Subsetted); // every bundled face is under 1 MiB
    }

    [Theory]
    [InlineData("embed_fonts: subset\n", "subset")]
    [InlineData("embed_fonts: none\n", "none")]
    [InlineData("embed_fonts: used\n", "used")]
    [InlineData("page:\n  width: 600\n", "auto")]
    public void The_theme_key_is_read(string yaml, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(expected, ThemeLoader.Parse(yaml, "theme.yaml", diagnostics)!.EmbedFonts);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_unknown_mode_is_a_theme_error()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(ThemeLoader.Parse("embed_fonts: partial\n", "theme.yaml", diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, error.Code);
        Assert.Contains("embed_fonts must be one of auto, full, subset, used, none, not 'partial'", error.Message);
    }
}
