namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>An area on a page, in points from the top-left corner.</summary>
internal readonly record struct LayoutRect(double X, double Y, double Width, double Height);
