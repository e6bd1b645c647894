using BriefGenerator.Diagnostics;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;

namespace BriefGenerator.Tests.Styling;

/// <summary>One brief rendered to both formats: for every style role, the letters the PDF reader sees (PdfPig: font,
/// size, colour, left edge) and the Word style the DOCX paragraph carries (Open XML SDK, resolved through basedOn and
/// the document defaults) agree with each other and with the resolved <see cref="StyleSet"/>.</summary>
public class StyleParityTests
{
    private const string Markup = """
        ::: cover
        Orgparity Institute {.organization}

        Seriesparity Brief No. 7 {.series}

        # Titleparity of a brief

        Subtitleparity words {.subtitle}

        Authorsparity Doe {.authors}

        Dateparity 2026 {.date}
        :::

        Ledeparity opens the brief. {.lede}

        ## Honeparity heading

        Bodyparity text of a paragraph.

        ### Htwoparity heading

        #### Hthreeparity heading

        > Quoteparity text in a quote.

        Table: Captionparity of a table {#tbl-p}

        | Headparity | Other |
        |---|---|
        | Cellparity | x |

        Backparity text of the back page. {.back}
        """;

    // Role, the word that marks its text, the DOCX paragraph style id that carries it.
    public static TheoryData<string, string, string> Roles => new()
    {
        { "Title", "Titleparity", "Title" },
        { "Subtitle", "Subtitleparity", "Subtitle" },
        { "CoverOrganization", "Orgparity", "Organization" },
        { "CoverSeries", "Seriesparity", "Series" },
        { "CoverAuthors", "Authorsparity", "CoverAuthors" },
        { "CoverDate", "Dateparity", "CoverDate" },
        { "Lede", "Ledeparity", "Lede" },
        { "Body", "Bodyparity", "BodyText" },
        { "H1", "Honeparity", "Heading1" },
        { "H2", "Htwoparity", "Heading2" },
        { "H3", "Hthreeparity", "Heading3" },
        { "Quote", "Quoteparity", "Quote" },
        { "Caption", "Captionparity", "Caption" },
        { "TableCell", "Cellparity", "TableText" },
        { "BackText", "Backparity", "BackMatter" },
    };

    private static readonly Lazy<(byte[] Pdf, byte[] Docx)> Rendered = new(() =>
    {
        var bag = new DiagnosticBag();
        var doc = DocumentParser.Parse(Markup, SampleDocuments.Info(), "markup", bag) ?? throw new InvalidOperationException(string.Join("\n", bag));
        return (PdfFixture.Render(doc).Pdf, DocxTestRender.Render(doc));
    });

    private static StyleSet Set => StyleResolver.Resolve(Theme.Default);

    [Theory]
    [MemberData(nameof(Roles))]
    public void A_role_has_the_same_font_size_colour_and_indent_in_PDF_and_DOCX(string roleName, string marker, string styleId)
    {
        var role = Set.All.Single(r => r.Name == roleName);

        using var pdf = PdfFixture.Open(Rendered.Value.Pdf);
        var page = pdf.GetPages().First(p => p.Text.Contains(marker, StringComparison.Ordinal));
        var words = page.GetWords().ToList();
        var word = words.First(w => w.Text.Contains(marker, StringComparison.Ordinal));
        var letter = word.Letters[0];
        // The left edge of the marker's line (a caption starts with its label).
        var lineLeft = words.Where(w => Math.Abs(w.Letters[0].StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5).Min(w => w.BoundingBox.Left);
        var pdfFont = letter.FontName![(letter.FontName!.IndexOf('+') + 1)..];
        var pdfColor = Hex(letter.Color.ToRGBValues());
        var pdfIndent = lineLeft - Theme.Default.Page.MarginLeft;

        using var docx = DocxTestRender.Open(Rendered.Value.Docx);
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var used = docx.MainDocumentPart.Document!.Body!.Descendants<Paragraph>()
            .First(p => p.InnerText.Contains(marker, StringComparison.Ordinal)).ParagraphProperties!.ParagraphStyleId!.Val!.Value;
        Assert.Equal(styleId, used);
        var docxFont = Resolve(styles, styleId, r => r.RunFonts?.Ascii?.Value, d => d.RunFonts?.Ascii?.Value);
        var docxSize = double.Parse(Resolve(styles, styleId, r => r.FontSize?.Val?.Value, d => d.FontSize?.Val?.Value)!) / 2;
        var docxColor = "#" + Resolve(styles, styleId, r => r.Color?.Val?.Value, d => d.Color?.Val?.Value);
        var docxBold = Resolve(styles, styleId, r => r.Bold is null ? null : "b", _ => null) is not null;
        var docxItalic = Resolve(styles, styleId, r => r.Italic is null ? null : "i", _ => null) is not null;
        var docxIndent = double.Parse(ResolveParagraph(styles, styleId, p => p.Indentation?.Left?.Value) ?? "0") / 20;
        // Table text sits inside the cell padding: the table style's left cell margin in Word, the same padding in the PDF.
        var padding = styleId == "TableText"
            ? (double)Find(styles, "BriefTable")!.StyleTableProperties!.TableCellMarginDefault!.TableCellLeftMargin!.Width!.Value / 20
            : 0;

        // Font: the PDF's font is the role's family and face; Word's style names the same family with the same face.
        Assert.Equal(role.Family, docxFont);
        Assert.StartsWith(role.Family.Replace(" ", ""), pdfFont.Replace(" ", ""));
        Assert.Equal(role.Bold, pdfFont.Contains("Bold"));
        Assert.Equal(role.Italic, pdfFont.Contains("Italic"));
        Assert.Equal(role.Bold, docxBold);
        Assert.Equal(role.Italic, docxItalic);
        // Size, colour and indent.
        Assert.Equal(role.Size, letter.PointSize, 0.05);
        Assert.Equal(role.Size, docxSize, 0.05);
        Assert.Equal(role.Color, pdfColor, ignoreCase: true);
        Assert.Equal(role.Color, docxColor, ignoreCase: true);
        Assert.Equal(role.IndentLeft + padding, pdfIndent, 1.0);
        Assert.Equal(role.IndentLeft, docxIndent, 0.1);
    }

    [Fact]
    public void The_renderers_disagreed_on_lede_H3_and_cover_before_the_style_set_and_now_map_one_value()
    {
        var set = Set;
        var theme = Theme.Default;
        Assert.NotEqual(theme.Fonts.BodySize, set.Lede.Size);
        Assert.Equal(theme.Colors.Accent, set.Lede.Color);
        Assert.False(set.Lede.Italic);
        Assert.Equal(theme.Colors.Text, set.H3.Color);
        Assert.Equal(Math.Round(theme.Page.ContentHeight * 0.3), set.Furniture.CoverOffset);
    }

    private static string? Resolve(Styles styles, string styleId, Func<StyleRunProperties, string?> get, Func<RunPropertiesBaseStyle, string?> fallback)
    {
        for (var style = Find(styles, styleId); style is not null; style = style.BasedOn?.Val?.Value is { } b ? Find(styles, b) : null)
            if (style.StyleRunProperties is { } rpr && get(rpr) is { } value) return value;
        var defaults = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        return defaults is null ? null : fallback(defaults);
    }

    private static string? ResolveParagraph(Styles styles, string styleId, Func<StyleParagraphProperties, string?> get)
    {
        for (var style = Find(styles, styleId); style is not null; style = style.BasedOn?.Val?.Value is { } b ? Find(styles, b) : null)
            if (style.StyleParagraphProperties is { } ppr && get(ppr) is { } value) return value;
        return null;
    }

    private static Style? Find(Styles styles, string id) => styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);

    private static string Hex((double R, double G, double B) rgb) =>
        $"#{(int)Math.Round(rgb.R * 255):X2}{(int)Math.Round(rgb.G * 255):X2}{(int)Math.Round(rgb.B * 255):X2}";
}
