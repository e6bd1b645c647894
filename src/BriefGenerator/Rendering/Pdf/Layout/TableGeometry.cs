using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A table set at one width: column widths, the caption and the continuation label, and every cell's lines.</summary>
internal sealed record TableGeometry(
    double[] Widths,
    IReadOnlyList<TextLine> Caption,
    double CaptionHeight,
    IReadOnlyList<TextLine> Continued,
    double ContinuedHeight,
    IReadOnlyList<TextLine>[] Header,
    double HeaderHeight,
    IReadOnlyList<TextLine>[][] Cells);
