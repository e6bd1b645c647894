using BriefGenerator.Charts;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace BriefGenerator.Rendering.Docx.Charts;

/// <summary>The chart part's content: a <c>c:chartSpace</c> with a bar chart (columns, horizontal bars, clustered or
/// stacked) or a line chart, one series a y column with its name, categories and values cached (<c>c:strCache</c>,
/// <c>c:numCache</c>) exactly as the table holds them and pointing at the embedded workbook; axis titles, a legend
/// when there are several series, the theme's colours and table font.</summary>
internal static class ChartSpaceBuilder
{
    private const uint CategoryAxisId = 48650001, ValueAxisId = 48650002;

    /// <summary>The chart space for <paramref name="data"/>; <paramref name="workbookId"/> is the relationship id of the
    /// embedded workbook.</summary>
    public static C.ChartSpace Build(ChartData data, Theme theme, StyleRole font, string language, string workbookId, Func<string, string> clean)
    {
        var space = new C.ChartSpace();
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        space.Append(new C.EditingLanguage { Val = language });
        space.Append(new C.RoundedCorners { Val = false });
        var chart = new C.Chart(new C.AutoTitleDeleted { Val = true });
        var horizontal = data.Kind == ChartKind.HorizontalBar;
        var plot = new C.PlotArea(new C.Layout(), Plot(data, theme, clean));
        plot.Append(CategoryAxis(data, horizontal, clean));
        plot.Append(ValueAxis(data, horizontal, theme, clean));
        chart.Append(plot);
        if (data.HasLegend) chart.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Top }, new C.Overlay { Val = false }));
        chart.Append(new C.PlotVisibleOnly { Val = true });
        chart.Append(new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        space.Append(chart);
        space.Append(new C.ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())));
        space.Append(new C.TextProperties(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(
                new A.SolidFill(Rgb(theme.Colors.Text)), new A.LatinFont { Typeface = font.Family }, new A.ComplexScriptFont { Typeface = font.Family })
            { FontSize = (int)Math.Round(font.Size * 100) }),
            new A.EndParagraphRunProperties { Language = language })));
        space.Append(new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookId });
        return space;
    }

    private static OpenXmlCompositeElement Plot(ChartData data, Theme theme, Func<string, string> clean)
    {
        if (data.Kind == ChartKind.Line)
        {
            var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
            for (var s = 0; s < data.Series.Count; s++) line.Append(LineSeries(data, s, ChartPalette.Color(theme.Colors, s), clean));
            line.Append(new C.ShowMarker { Val = true });
            line.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
            return line;
        }
        var bar = new C.BarChart(
            new C.BarDirection { Val = data.Kind == ChartKind.HorizontalBar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = data.Kind == ChartKind.Stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < data.Series.Count; s++) bar.Append(BarSeries(data, s, ChartPalette.Color(theme.Colors, s), clean));
        bar.Append(new C.GapWidth { Val = (ushort)(data.Kind == ChartKind.Stacked ? 67 : 33) });
        if (data.Kind == ChartKind.Stacked) bar.Append(new C.Overlap { Val = 100 });
        bar.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bar;
    }

    private static C.BarChartSeries BarSeries(ChartData data, int s, string color, Func<string, string> clean) => new(
        new C.Index { Val = (uint)s }, new C.Order { Val = (uint)s }, SeriesName(data, s, clean),
        new C.ChartShapeProperties(new A.SolidFill(Rgb(color))),
        new C.InvertIfNegative { Val = false },
        Categories(data, clean), Values(data, s));

    private static C.LineChartSeries LineSeries(ChartData data, int s, string color, Func<string, string> clean) => new(
        new C.Index { Val = (uint)s }, new C.Order { Val = (uint)s }, SeriesName(data, s, clean),
        new C.ChartShapeProperties(new A.Outline(new A.SolidFill(Rgb(color))) { Width = 19050, CapType = A.LineCapValues.Round }),
        new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Square }, new C.Size { Val = 4 },
            new C.ChartShapeProperties(new A.SolidFill(Rgb(color)), new A.Outline(new A.NoFill()))),
        Categories(data, clean), Values(data, s), new C.Smooth { Val = false });

    private static C.SeriesText SeriesName(ChartData data, int s, Func<string, string> clean) => new(new C.StringReference(
        new C.Formula(ChartCells.Sheet + "!$" + ChartCells.Column(s + 1) + "$1"),
        new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(clean(data.Series[s].Name))) { Index = 0U })));

    private static C.CategoryAxisData Categories(ChartData data, Func<string, string> clean)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)data.Categories.Count });
        for (var i = 0; i < data.Categories.Count; i++)
            cache.Append(new C.StringPoint(new C.NumericValue(clean(data.Categories[i]))) { Index = (uint)i });
        return new C.CategoryAxisData(new C.StringReference(new C.Formula(ChartCells.Range(0, 2, data.Categories.Count + 1)), cache));
    }

    // Blank cells are left out of the cache (Word shows a gap), as Excel writes them.
    private static C.Values Values(ChartData data, int s)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)data.Categories.Count });
        var values = data.Series[s].Values;
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v) cache.Append(new C.NumericPoint(new C.NumericValue(ChartCells.Number(v))) { Index = (uint)i });
        return new C.Values(new C.NumberReference(new C.Formula(ChartCells.Range(s + 1, 2, data.Categories.Count + 1)), cache));
    }

    private static C.CategoryAxis CategoryAxis(ChartData data, bool horizontal, Func<string, string> clean)
    {
        var axis = new C.CategoryAxis(new C.AxisId { Val = CategoryAxisId },
            // Horizontal bars list the first row at the top, as the table does.
            new C.Scaling(new C.Orientation { Val = horizontal ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false }, new C.AxisPosition { Val = horizontal ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom });
        if (data.XTitle.Length > 0) axis.Append(Title(clean(data.XTitle)));
        axis.Append(new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.None }, new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxisId }, new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true }, new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 }, new C.NoMultiLevelLabels { Val = false });
        return axis;
    }

    private static C.ValueAxis ValueAxis(ChartData data, bool horizontal, Theme theme, Func<string, string> clean)
    {
        var scale = data.Scale();
        var axis = new C.ValueAxis(new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax },
                new C.MaxAxisValue { Val = scale.Max }, new C.MinAxisValue { Val = scale.Min }),
            new C.Delete { Val = false }, new C.AxisPosition { Val = horizontal ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(Rgb(theme.Table.Rule))) { Width = 6350 })));
        if (data.YTitle.Length > 0) axis.Append(Title(clean(data.YTitle)));
        axis.Append(new C.NumberingFormat { FormatCode = "#,##0" + (ChartNumber.Decimals(scale.Step) is var d and > 0 ? "." + new string('0', d) : ""), SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None }, new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.ChartShapeProperties(new A.Outline(new A.NoFill())),
            new C.CrossingAxis { Val = CategoryAxisId },
            // With the categories reversed (horizontal bars), the value axis crosses at the last one: the bottom.
            new C.Crosses { Val = horizontal ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between },
            new C.MajorUnit { Val = scale.Step });
        return axis;
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { Bold = false }), new A.Run(new A.Text(text))))),
        new C.Overlay { Val = false });

    private static A.RgbColorModelHex Rgb(string hex) => new() { Val = Units.Color(hex) is var c && c != "auto" ? c : "000000" };
}
