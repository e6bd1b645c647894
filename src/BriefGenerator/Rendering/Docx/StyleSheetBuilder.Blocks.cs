using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class StyleSheetBuilder
{
    private IEnumerable<Style> BlockStyles()
    {
        var r = _roles;
        var f = r.Furniture;

        yield return Paragraph(StyleIds.Caption, "caption", StyleIds.Normal, StyleIds.BodyText, RoleParagraph(r.Caption), RoleRun(r.Caption), 35);

        // The quote's rule sits at the column's edge, the text at the Quote role's indent (as in the PDF).
        var quote = RoleParagraph(r.Quote with { SpaceBefore = f.BlockGap / 2, SpaceAfter = f.BlockGap / 2 });
        quote.ParagraphBorders = new ParagraphBorders
        {
            LeftBorder = Border<LeftBorder>(f.QuoteRuleWidth, f.QuoteRuleColor, r.Quote.IndentLeft - f.QuoteRuleWidth),
        };
        yield return Paragraph(StyleIds.Quote, "Quote", StyleIds.BodyText, StyleIds.BodyText, quote, RoleRun(r.Quote), 29);

        // The callout box: a shaded paragraph style with a rule on the left. Consecutive callout paragraphs share
        // identical borders, so Word and LibreOffice draw them as one box.
        var pad = f.CalloutPadding;
        var callout = RoleParagraph(r.Callout with { IndentLeft = pad + f.CalloutRuleWidth, IndentRight = pad });
        callout.ParagraphBorders = new ParagraphBorders
        {
            TopBorder = Border<TopBorder>(0.5, f.CalloutFill, pad * 0.6),
            LeftBorder = Border<LeftBorder>(f.CalloutRuleWidth, f.CalloutRuleColor, pad),
            BottomBorder = Border<BottomBorder>(0.5, f.CalloutFill, pad * 0.6),
            RightBorder = Border<RightBorder>(0.5, f.CalloutFill, pad),
        };
        callout.Shading = Fill(f.CalloutFill);
        yield return Paragraph(StyleIds.Callout, "Callout", StyleIds.BodyText, StyleIds.Callout, callout, null, 30);
        var title = RoleParagraph(r.CalloutTitle);
        title.KeepLines = null;
        yield return Paragraph(StyleIds.CalloutTitle, "Callout Title", StyleIds.Callout, StyleIds.Callout, title, RoleRun(r.CalloutTitle), 30);

        // Table cells: no colour here, so the table style's header colour applies (paragraph style would win over it).
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, null,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0, Line(r.TableCell)) },
            RoleRun(r.TableCell, color: false), 40);
        // Rows of short tables and header rows: kept with the next row, so Word moves the table rather than split it.
        yield return Paragraph(StyleIds.TableTextKeep, "Table Text Keep", StyleIds.TableText, null,
            new StyleParagraphProperties { KeepNext = new KeepNext() }, null, 40, primary: false);
    }

    private IEnumerable<Style> PageStyles(Theme theme)
    {
        var f = theme.Fonts;
        var width = Units.Twips(theme.Page.ContentWidth);

        var head = RoleParagraph(_roles.RunningHead);
        head.ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(0.5, theme.Table.Rule, 4) };
        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal, null, head, RoleRun(_roles.RunningHead), 99, primary: false);
        var foot = RoleParagraph(_roles.RunningFoot);
        foot.Justification = new Justification { Val = JustificationValues.Right };
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, null, foot, RoleRun(_roles.RunningFoot), 99, primary: false);

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
