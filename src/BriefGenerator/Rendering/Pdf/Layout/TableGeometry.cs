using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A table set at one width: column widths, the caption and the continuation label, every cell's lines
/// (header rows first, then body rows; a cell spanning columns is set at their joint width, positions it covers hold no
/// lines) and every row's height.</summary>
/// <param name="RowHeights">Height of each row, padding included; a cell spanning rows that needs more than its rows
/// give it has made its last row taller.</param>
/// <param name="GroupEnd">For each row, the last row of its group: rows joined by a cell spanning rows move together.</param>
/// <param name="GroupIndex">For each body row, how many groups of body rows come before its own (zebra stripes count
/// groups, so a cell spanning rows sits on one shade).</param>
internal sealed record TableGeometry(
    double[] Widths,
    IReadOnlyList<TextLine> Caption,
    double CaptionHeight,
    IReadOnlyList<TextLine> Continued,
    double ContinuedHeight,
    IReadOnlyList<TextLine>[][] Cells,
    double[] RowHeights,
    double HeaderHeight,
    int[] GroupEnd,
    int[] GroupIndex);
