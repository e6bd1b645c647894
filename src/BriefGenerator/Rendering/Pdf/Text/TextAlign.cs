namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Horizontal alignment of set lines.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
    Justify,
}
