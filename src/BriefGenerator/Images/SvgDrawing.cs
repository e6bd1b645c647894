namespace BriefGenerator.Images;

/// <summary>An SVG read into vector shapes in its own user units (transforms already applied, y downwards), for a
/// renderer to draw as paths: <see cref="Width"/> × <see cref="Height"/> is the view box the shapes sit in, from
/// (<see cref="MinX"/>, <see cref="MinY"/>).</summary>
public sealed record SvgDrawing(double MinX, double MinY, double Width, double Height, IReadOnlyList<SvgShape> Shapes);

/// <summary>One filled and/or stroked shape: its outline as subpaths, colours as <c>#RRGGBB</c> (null: none).</summary>
public sealed record SvgShape(IReadOnlyList<SvgSubpath> Subpaths, string? Fill, string? Stroke, double StrokeWidth, bool EvenOdd, double Opacity);

/// <summary>A subpath: a start point and segments, each a line (<see cref="SvgSegment.IsCurve"/> false) or a cubic curve.</summary>
public sealed record SvgSubpath(double X, double Y, IReadOnlyList<SvgSegment> Segments, bool Closed);

/// <summary>A line to (X, Y), or a cubic Bézier curve through control points (X1, Y1), (X2, Y2) to (X, Y).</summary>
public readonly record struct SvgSegment(bool IsCurve, double X1, double Y1, double X2, double Y2, double X, double Y);
