using System.Globalization;
using BriefGenerator.Charts;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefGenerator.Rendering.Docx.Charts;

/// <summary>Writes a table's chart as a native Word chart right after the table: a chart part
/// (<see cref="ChartSpaceBuilder"/>) with its embedded workbook (<see cref="ChartWorkbook"/>), shown by an inline
/// drawing whose <c>descr</c> is the chart's alt text, in a paragraph of its own.</summary>
internal static class ChartWriter
{
    private const long EmuPerPoint = 12700;

    /// <summary>First <c>wp:docPr</c> id used for charts (pictures number their own from 1).</summary>
    public const uint FirstDrawingId = 1000;

    /// <summary>Adds chart number <paramref name="number"/> (1-based in the document) for <paramref name="data"/>.</summary>
    public static void Write(DocxWriter writer, DocxPart main, ChartData data, int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        var chartPart = writer.Package.Add(main, DocxPartType.Chart, "rIdChart" + n);
        writer.Package.Add(chartPart, DocxPartType.EmbeddedWorkbook, "rId1").Data = ChartWorkbook.Build(data, writer.Document.Info.Timestamp);
        chartPart.Root = ChartSpaceBuilder.Build(data, writer.Theme, writer.Styles.TableCell, writer.Language, "rId1", writer.Clean);

        var width = writer.Theme.Page.ContentWidth;
        var height = data.Kind == ChartKind.HorizontalBar
            ? Math.Clamp(60 + data.Categories.Count * (10 + 8 * data.Series.Count), 120, writer.Theme.Page.ContentHeight * 0.8)
            : Math.Clamp(width * 0.55, 150, 280);
        var inline = new DW.Inline(
            new DW.Extent { Cx = (long)Math.Round(width * EmuPerPoint), Cy = (long)Math.Round(height * EmuPerPoint) },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = FirstDrawingId + (uint)number, Name = "Chart " + n, Description = writer.Clean(data.AltText) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = "rIdChart" + n })
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        var paragraph = writer.AddParagraph(StyleIds.BodyText);
        // Single auto line spacing: a paragraph style's exact line height would crop the drawing to one line.
        var properties = paragraph.ParagraphProperties!;
        properties.SpacingBetweenLines ??= new SpacingBetweenLines();
        properties.SpacingBetweenLines.Line = "240";
        properties.SpacingBetweenLines.LineRule = LineSpacingRuleValues.Auto;
        properties.SpacingBetweenLines.After = "0";
        properties.KeepLines = new KeepLines();
        paragraph.Append(new Run(new Drawing(inline)));
    }
}
