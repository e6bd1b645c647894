using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class StyleSheetBuilder
{
    private IEnumerable<Style> BlockStyles(Theme theme)
    {
        var f = theme.Fonts;
        var c = theme.Colors;
        var s = theme.Spacing;

        yield return Paragraph(StyleIds.Caption, "caption", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(s.BlockGap, 4, Head(1.15)) },
            Run(f.Heading, f.CaptionSize, c.Text), 35);

        yield return Paragraph(StyleIds.Quote, "Quote", StyleIds.BodyText, StyleIds.BodyText,
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders { LeftBorder = Border<LeftBorder>(2.25, c.QuoteRule, 8) },
                SpacingBetweenLines = Spacing(s.BlockGap / 2, s.BlockGap / 2),
                Indentation = new Indentation { Left = Units.TwipsText(s.ListIndent), Right = Units.TwipsText(s.ListIndent) },
            },
            Run(italic: true, color: c.Muted), 29);

        // The callout box: a shaded paragraph style with a rule on the left. Consecutive callout paragraphs share
        // identical borders, so Word and LibreOffice draw them as one box.
        var pad = s.CalloutPadding;
        yield return Paragraph(StyleIds.Callout, "Callout", StyleIds.BodyText, StyleIds.Callout,
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders
                {
                    TopBorder = Border<TopBorder>(0.5, c.CalloutFill, pad * 0.6),
                    LeftBorder = Border<LeftBorder>(3, c.CalloutRule, pad),
                    BottomBorder = Border<BottomBorder>(0.5, c.CalloutFill, pad * 0.6),
                    RightBorder = Border<RightBorder>(0.5, c.CalloutFill, pad),
                },
                Shading = Fill(c.CalloutFill),
                SpacingBetweenLines = Spacing(0, s.ListItemAfter),
                Indentation = new Indentation { Left = Units.TwipsText(pad + 3), Right = Units.TwipsText(pad) },
            },
            null, 30);
        yield return Paragraph(StyleIds.CalloutTitle, "Callout Title", StyleIds.Callout, StyleIds.Callout,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(after: s.ParagraphAfter) },
            Run(f.Heading, f.H3Size, c.Accent, bold: true), 30);

        // Table cells: no colour here, so the table style's header colour applies (paragraph style would win over it).
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, null,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0, Head(1.15)) },
            Run(f.Heading, f.TableSize), 40);
        // Rows of short tables and header rows: kept with the next row, so Word moves the table rather than split it.
        yield return Paragraph(StyleIds.TableTextKeep, "Table Text Keep", StyleIds.TableText, null,
            new StyleParagraphProperties { KeepNext = new KeepNext() }, null, 40, primary: false);
    }

    private IEnumerable<Style> PageStyles(Theme theme)
    {
        var f = theme.Fonts;
        var c = theme.Colors;
        var width = Units.Twips(theme.Page.ContentWidth);

        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal, null,
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(0.5, theme.Table.Rule, 4) },
                SpacingBetweenLines = Spacing(0, 0, Head(1)),
            },
            Run(f.Heading, f.SmallSize, c.Muted), 99, primary: false);
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, null,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = Spacing(0, 0, Head(1)),
                Justification = new Justification { Val = JustificationValues.Right },
            },
            Run(f.Heading, f.SmallSize, c.Muted), 99, primary: false);

        for (var level = 1; level <= 3; level++)
        {
            var tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = width });
            yield return Paragraph(StyleIds.Toc(level), "toc " + level, StyleIds.Normal, StyleIds.Normal,
                new StyleParagraphProperties
                {
                    Tabs = tabs,
                    SpacingBetweenLines = Spacing(level == 1 ? 6 : 0, 2),
                    Indentation = new Indentation { Left = Units.TwipsText((level - 1) * theme.Spacing.ListIndent) },
                },
                level == 1 ? Run(f.Heading, bold: true) : Run(f.Heading), 39, primary: false);
        }
    }

    private IEnumerable<Style> CharacterStyles(Theme theme)
    {
        var link = Run(color: theme.Colors.Link);
        link.Underline = new Underline { Val = UnderlineValues.Single };
        yield return Character(StyleIds.Hyperlink, "Hyperlink", link, 99);
        yield return Character(StyleIds.CaptionLabel, "Caption Label", Run(bold: true), 36);
        yield return Character(StyleIds.Verbatim, "Verbatim Char", Run(theme.Fonts.Mono, theme.Fonts.BodySize * 0.9), 99);
    }
}
