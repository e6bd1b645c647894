using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class StyleSheetBuilder
{
    private IEnumerable<Style> TableStyles(Theme theme)
    {
        var normal = new Style
        {
            Type = StyleValues.Table, StyleId = StyleIds.NormalTable, Default = true,
            StyleName = new StyleName { Val = "Normal Table" },
            UIPriority = new UIPriority { Val = 99 }, SemiHidden = new SemiHidden(), UnhideWhenUsed = new UnhideWhenUsed(),
            StyleTableProperties = new StyleTableProperties
            {
                TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                TableCellMarginDefault = CellMargins(0, 108),
            },
        };
        yield return normal;
        yield return BriefTable(theme.Table);
    }

    /// <summary>The comparison-table look: rules above, below and between rows, a filled header row with white bold
    /// text that repeats on every page, and zebra striping of body rows.</summary>
    private Style BriefTable(TableTheme t)
    {
        var pad = Units.Twips(t.CellPadding);
        var style = new Style
        {
            Type = StyleValues.Table, StyleId = StyleIds.BriefTable,
            StyleName = new StyleName { Val = "Brief Table" },
            BasedOn = new BasedOn { Val = StyleIds.NormalTable },
            UIPriority = new UIPriority { Val = 59 },
            StyleParagraphProperties = new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0, Line(_roles.TableCell)) },
            StyleRunProperties = RoleRun(_roles.TableCell, color: false),
            StyleTableProperties = new StyleTableProperties
            {
                TableBorders = new TableBorders
                {
                    TopBorder = Border<TopBorder>(t.RuleWidth * 2, t.HeaderFill),
                    BottomBorder = Border<BottomBorder>(t.RuleWidth * 2, t.HeaderFill),
                    InsideHorizontalBorder = Border<InsideHorizontalBorder>(t.RuleWidth, t.Rule),
                },
                TableCellMarginDefault = CellMargins(pad, pad),
            },
        };

        var header = new TableStyleProperties { Type = TableStyleOverrideValues.FirstRow };
        header.Append(new RunPropertiesBaseStyle
        {
            Bold = new Bold(), BoldComplexScript = new BoldComplexScript(),
            Color = new Color { Val = Units.Color(_roles.TableHeader.Color) },
        });
        header.Append(new TableStyleConditionalFormattingTableRowProperties(new TableHeader()));
        header.Append(new TableStyleConditionalFormattingTableCellProperties(Fill(t.HeaderFill)));
        style.Append(header);

        if (Units.Color(t.ZebraFill) != "auto")
        {
            // Banding skips the header row, so band2Horz is every second body row.
            var zebra = new TableStyleProperties { Type = TableStyleOverrideValues.Band2Horizontal };
            zebra.Append(new TableStyleConditionalFormattingTableCellProperties(Fill(t.ZebraFill)));
            style.Append(zebra);
        }
        return style;
    }

    private static TableCellMarginDefault CellMargins(int vertical, int horizontal) => new()
    {
        TopMargin = new TopMargin { Width = vertical.ToString(), Type = TableWidthUnitValues.Dxa },
        TableCellLeftMargin = new TableCellLeftMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa },
        BottomMargin = new BottomMargin { Width = vertical.ToString(), Type = TableWidthUnitValues.Dxa },
        TableCellRightMargin = new TableCellRightMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa },
    };
}
