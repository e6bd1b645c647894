using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A table set at one width: column widths and every cell's lines and row heights.</summary>
internal sealed record TableGeometry(
    double[] Widths,
    IReadOnlyList<TextLine> Caption,
    double CaptionHeight,
    IReadOnlyList<TextLine>[] Header,
    double HeaderHeight,
    IReadOnlyList<TextLine>[][] Cells);
