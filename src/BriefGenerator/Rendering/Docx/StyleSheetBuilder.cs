using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Builds the styles part from the theme: every look lives in a named style (never in direct formatting),
/// fonts and colours come from the theme only, and the document language sits on the default run properties.</summary>
internal sealed partial class StyleSheetBuilder
{
    private readonly double _bodyLineHeight;
    private readonly double _headingLineHeight;

    /// <param name="bodyLineHeight">The body font's natural line height in ems, see <see cref="FontMetrics"/>.</param>
    /// <param name="headingLineHeight">The same for the heading font.</param>
    public StyleSheetBuilder(double bodyLineHeight, double headingLineHeight)
    {
        _bodyLineHeight = bodyLineHeight;
        _headingLineHeight = headingLineHeight;
    }

    // Word's "auto" line spacing multiplies the font's own line height (about 1.36 em for Noto), while the theme's
    // line heights multiply the font size (as the PDF does): convert, so both formats get the same leading.
    private double Body(double multiple) => multiple / _bodyLineHeight;

    private double Head(double multiple) => multiple / _headingLineHeight;

    /// <summary>The complete <c>w:styles</c> element for a theme and document language.</summary>
    public Styles Build(Theme theme, string language)
    {
        var styles = new Styles();
        styles.Append(DocDefaults(theme, language));
        styles.Append(Defaults());
        styles.Append(BodyStyles(theme));
        styles.Append(CoverStyles(theme));
        styles.Append(HeadingStyles(theme));
        styles.Append(BlockStyles(theme));
        styles.Append(DefinitionStyles(theme));
        styles.Append(PageStyles(theme));
        styles.Append(CharacterStyles(theme));
        styles.Append(NoteStyles(theme));
        styles.Append(TableStyles(theme));
        return styles;
    }

    private DocDefaults DocDefaults(Theme theme, string language)
    {
        var run = new RunPropertiesBaseStyle
        {
            RunFonts = Fonts(theme.Fonts.Body),
            // The text colour sits here rather than on Normal so the table style's white header text can win.
            Color = new Color { Val = Units.Color(theme.Colors.Text) },
            FontSize = new FontSize { Val = Units.HalfPoints(theme.Fonts.BodySize) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(theme.Fonts.BodySize) },
            Languages = new Languages { Val = language },
        };
        var paragraph = new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = Spacing(0, theme.Spacing.ParagraphAfter, Body(theme.Fonts.LineHeight)),
        };
        return new DocDefaults(
            new RunPropertiesDefault(run),
            new ParagraphPropertiesDefault(paragraph));
    }

    private IEnumerable<Style> Defaults()
    {
        var normal = Paragraph(StyleIds.Normal, "Normal", null, null, new StyleParagraphProperties { WidowControl = new WidowControl() }, null, 0);
        normal.Default = true;
        yield return normal;

        var font = new Style
        {
            Type = StyleValues.Character, StyleId = StyleIds.DefaultParagraphFont, Default = true,
            StyleName = new StyleName { Val = "Default Paragraph Font" },
            UIPriority = new UIPriority { Val = 1 }, SemiHidden = new SemiHidden(), UnhideWhenUsed = new UnhideWhenUsed(),
        };
        yield return font;
    }

    private IEnumerable<Style> BodyStyles(Theme theme)
    {
        var body = new StyleParagraphProperties();
        if (theme.Justify) body.Justification = new Justification { Val = JustificationValues.Both };
        yield return Paragraph(StyleIds.BodyText, "Body Text", StyleIds.Normal, StyleIds.BodyText, body, null, 1);

        yield return Paragraph(StyleIds.Lede, "Lede", StyleIds.BodyText, StyleIds.BodyText,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: theme.Spacing.BlockGap) },
            Run(size: theme.Fonts.BodySize + 1.5, italic: true), 11);

        yield return Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.BodyText, null,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: theme.Spacing.ListItemAfter) }, null, 34);
    }

    private IEnumerable<Style> CoverStyles(Theme theme)
    {
        var f = theme.Fonts;
        var c = theme.Colors;
        // An empty, two-point paragraph whose bottom border is a short accent bar; it holds the cover's top space.
        var ruleWidth = 40.0;
        yield return Paragraph(StyleIds.CoverRule, "Cover Rule", StyleIds.Normal, StyleIds.Title,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(3, c.Accent) },
                SpacingBetweenLines = new SpacingBetweenLines
                {
                    Before = Units.TwipsText(theme.Page.ContentHeight * 0.2), After = Units.TwipsText(14),
                    Line = Units.TwipsText(2), LineRule = LineSpacingRuleValues.Exact,
                },
                Indentation = new Indentation { Right = Units.TwipsText(Math.Max(0, theme.Page.ContentWidth - ruleWidth)) },
            },
            Run(size: 2), 12, primary: false);
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Subtitle,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(), KeepLines = new KeepLines(),
                SpacingBetweenLines = Spacing(0, 12, Head(1.1)),
            },
            Run(f.Heading, f.TitleSize, c.Accent, bold: true), 10);
        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, 36, Head(1.15)) },
            Run(f.Heading, f.SubtitleSize, c.Muted), 11);
        yield return Paragraph(StyleIds.Date, "Date", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 18) },
            Run(f.Heading, f.BodySize, c.Muted), 12);
        yield return Paragraph(StyleIds.Authors, "Authors", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 4) },
            Run(f.Heading, f.BodySize + 1, c.Text, bold: true), 12);
        yield return Paragraph(StyleIds.Organization, "Organization", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 4) },
            Run(f.Heading, f.BodySize, c.Muted), 12);
    }

    private IEnumerable<Style> HeadingStyles(Theme theme)
    {
        var sizes = new[] { theme.Fonts.H1Size, theme.Fonts.H2Size, theme.Fonts.H3Size };
        for (var level = 1; level <= 3; level++)
        {
            var ppr = new StyleParagraphProperties
            {
                KeepNext = new KeepNext(), KeepLines = new KeepLines(),
                SpacingBetweenLines = Spacing(level == 1 ? theme.Spacing.HeadingBefore * 1.25 : theme.Spacing.HeadingBefore,
                    theme.Spacing.HeadingAfter, Head(1.15)),
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            };
            yield return Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, StyleIds.BodyText,
                ppr, Run(theme.Fonts.Heading, sizes[level - 1], theme.Colors.Accent, bold: true), 9);
        }
        yield return Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, theme.Spacing.HeadingAfter * 2, Head(1.15)) },
            Run(theme.Fonts.Heading, theme.Fonts.H1Size, theme.Colors.Accent, bold: true), 39);
    }
}
