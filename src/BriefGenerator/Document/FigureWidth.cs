namespace BriefGenerator.Document;

/// <summary>How wide a figure is set: a share of the text width (<c>width=80%</c>) or points (<c>width=200pt</c>), never
/// wider than the text; its height follows from the content's aspect ratio.</summary>
public readonly record struct FigureWidth(double Value, bool IsPercent)
{
    /// <summary>The whole text width (no <c>width</c> given).</summary>
    public static FigureWidth Full => new(100, true);

    /// <summary>The width in points for a text column <paramref name="textWidth"/> points wide.</summary>
    public double Points(double textWidth) => Math.Min(textWidth, IsPercent ? textWidth * Value / 100 : Value);
}
