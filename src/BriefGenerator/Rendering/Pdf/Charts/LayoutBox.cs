namespace BriefGenerator.Rendering.Pdf.Charts;

/// <summary>A rectangle in points, relative to the chart's top-left corner.</summary>
internal readonly record struct LayoutBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}
