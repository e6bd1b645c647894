using BriefGenerator.Fonts;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Builds the styles part from the theme: every look lives in a named style (never in direct formatting),
/// fonts and colours come from the theme only, and the document language sits on the default run properties.</summary>
internal sealed partial class StyleSheetBuilder
{
    private readonly StyleSet _roles;
    private readonly Func<string, double> _naturalLineHeight;

    /// <param name="roles">The theme's named styles; every number of every style comes from them.</param>
    /// <param name="naturalLineHeight">A family's natural line height in ems, see <see cref="BriefGenerator.Fonts.TrueTypeFont.LineHeight"/>.</param>
    public StyleSheetBuilder(StyleSet roles, Func<string, double> naturalLineHeight)
    {
        _roles = roles;
        _naturalLineHeight = naturalLineHeight;
    }

    // Word's "auto" line spacing multiplies the font's own line height (about 1.36 em for Noto), while the roles' line
    // heights multiply the font size (as the PDF does): convert, so both formats get the same leading.
    private double Line(StyleRole role) => role.LineHeight / _naturalLineHeight(role.Family);

    /// <summary>Run properties of a role: family, size, colour, bold, italic.</summary>
    private static StyleRunProperties RoleRun(StyleRole r, bool color = true) =>
        Run(r.Family, r.Size, color ? r.Color : null, r.Bold, r.Italic);

    /// <summary>Paragraph properties of a role: spacing, line height, indents, keeps.</summary>
    private StyleParagraphProperties RoleParagraph(StyleRole r)
    {
        var ppr = new StyleParagraphProperties();
        if (r.KeepWithNext) ppr.KeepNext = new KeepNext();
        if (r.KeepTogether) ppr.KeepLines = new KeepLines();
        ppr.SpacingBetweenLines = Spacing(r.SpaceBefore, r.SpaceAfter, Line(r));
        if (r.IndentLeft > 0 || r.IndentRight > 0)
            ppr.Indentation = new Indentation { Left = Units.TwipsText(r.IndentLeft), Right = Units.TwipsText(r.IndentRight) };
        return ppr;
    }

    /// <summary>The complete <c>w:styles</c> element for a theme and document language.</summary>
    public Styles Build(Theme theme, string language)
    {
        var styles = new Styles();
        styles.Append(DocDefaults(language));
        styles.Append(Defaults());
        styles.Append(BodyStyles(theme));
        styles.Append(CoverStyles(theme));
        styles.Append(HeadingStyles());
        styles.Append(BlockStyles());
        styles.Append(DefinitionStyles(theme));
        styles.Append(PageStyles(theme));
        styles.Append(CharacterStyles(theme));
        styles.Append(NoteStyles());
        styles.Append(TableStyles(theme));
        MarkHyphenation(styles, theme, language);
        return styles;
    }

    private DocDefaults DocDefaults(string language)
    {
        var body = _roles.Body;
        var run = new RunPropertiesBaseStyle
        {
            RunFonts = StyleFactory.Fonts(body.Family),
            // The text colour sits here rather than on Normal so the table style's white header text can win.
            Color = new Color { Val = Units.Color(body.Color) },
            FontSize = new FontSize { Val = Units.HalfPoints(body.Size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(body.Size) },
            Languages = new Languages { Val = language },
            // Word kerns text from this size up (half-points): all text, as the PDF's shaping does.
            Kern = new Kern { Val = 2 },
        };
        var paragraph = new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = Spacing(0, body.SpaceAfter, Line(body)),
        };
        if (TextDirection.IsRightToLeft(language))
        {
            // Paragraphs read right to left; right-to-left runs take the bundled Arabic or Hebrew face.
            paragraph.BiDi = new BiDi();
            run.Languages.Bidi = language;
            run.RunFonts.ComplexScript = language.StartsWith("he", StringComparison.OrdinalIgnoreCase) || language.StartsWith("iw", StringComparison.OrdinalIgnoreCase)
                ? FallbackFamilies.Hebrew : FallbackFamilies.Arabic;
        }
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

        yield return Paragraph(StyleIds.Lede, "Lede", StyleIds.BodyText, StyleIds.BodyText, RoleParagraph(_roles.Lede), RoleRun(_roles.Lede), 11);
        yield return Paragraph(StyleIds.BackText, "Back Matter", StyleIds.BodyText, StyleIds.BackText,
            RoleParagraph(_roles.BackText), RoleRun(_roles.BackText), 12, primary: false);

        yield return Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.BodyText, null,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: _roles.Furniture.ListItemAfter) }, null, 34);
    }

    private IEnumerable<Style> CoverStyles(Theme theme)
    {
        var f = _roles.Furniture;
        // An empty, two-point paragraph whose bottom border is the accent bar; it holds the cover's top space (the
        // writer takes the masthead's height off it).
        var rule = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(f.CoverBarHeight, f.CoverBarColor) },
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Units.TwipsText(Math.Max(0, f.CoverOffset - f.CoverBarGap - f.CoverBarHeight - 2)), After = Units.TwipsText(f.CoverBarGap),
                Line = Units.TwipsText(2), LineRule = LineSpacingRuleValues.Exact,
            },
            Indentation = new Indentation { Right = Units.TwipsText(Math.Max(0, theme.Page.ContentWidth - f.CoverBarWidth)) },
        };
        yield return Paragraph(StyleIds.CoverRule, "Cover Rule", StyleIds.Normal, StyleIds.Title, rule, Run(size: 2), 12, primary: false);
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Subtitle, RoleParagraph(_roles.Title), RoleRun(_roles.Title), 10);
        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, StyleIds.BodyText, RoleParagraph(_roles.Subtitle), RoleRun(_roles.Subtitle), 11);
        yield return Paragraph(StyleIds.Organization, "Organization", StyleIds.Normal, StyleIds.BodyText,
            RoleParagraph(_roles.CoverOrganization), RoleRun(_roles.CoverOrganization), 12);
        yield return Paragraph(StyleIds.Series, "Series", StyleIds.Normal, StyleIds.BodyText,
            RoleParagraph(_roles.CoverSeries), RoleRun(_roles.CoverSeries), 12);
        // Authors and date on the cover make the byline at its foot (the writer gives the first the space above it);
        // elsewhere (a one-pager's date line) they are Authors and Date.
        yield return Paragraph(StyleIds.Authors, "Authors", StyleIds.Normal, StyleIds.BodyText,
            RoleParagraph(_roles.CoverAuthors), RoleRun(_roles.CoverAuthors), 12);
        yield return Paragraph(StyleIds.Date, "Date", StyleIds.Normal, StyleIds.BodyText,
            RoleParagraph(_roles.CoverDate), RoleRun(_roles.CoverDate), 12);
        yield return Paragraph(StyleIds.CoverAuthors, "Cover Authors", StyleIds.Authors, StyleIds.CoverDate, null, null, 12, primary: false);
        yield return Paragraph(StyleIds.CoverDate, "Cover Date", StyleIds.Date, StyleIds.BodyText, null, null, 12, primary: false);
    }

    private IEnumerable<Style> HeadingStyles()
    {
        for (var level = 1; level <= 3; level++)
        {
            var role = _roles.Heading(level);
            var ppr = RoleParagraph(role);
            ppr.OutlineLevel = new OutlineLevel { Val = level - 1 };
            yield return Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, StyleIds.BodyText, ppr, RoleRun(role), 9);
        }
        var h1 = _roles.H1;
        yield return Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, h1.SpaceAfter * 2, Line(h1)) },
            RoleRun(h1), 39);
    }
}
