using BriefGenerator.Images;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace BriefGenerator.Rendering.Pdf.Canvas;

internal sealed partial class PdfSharpCanvas
{
    // One XImage per image (by its bytes' hash): PDFsharp then writes one image XObject however often it is drawn. Each
    // is a 1 × 1 placeholder whose XObject gets the image's own data at the end (ImageXObjects.Fill): PDFsharp's importers
    // take only some JPEGs (not those without a JFIF header, nor progressive ones) and would re-read every PNG.
    private readonly Dictionary<string, XImage> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<XImage, LoadedImage> _placeholders = new();

    public void DrawImage(LoadedImage image, double x, double y, double width, double height)
    {
        _textSinceArtifact = true;
        Boundary();
        _atBoundary = false;
        if (image.Svg is { } svg) { DrawSvg(svg, x, y, width, height); return; }
        if (!_images.TryGetValue(image.Key, out var ximage))
        {
            // PDFsharp shares one XObject between images of the same bytes: each placeholder's one pixel is its own colour.
            var n = _images.Count;
            var placeholder = PngWriter.Write([(byte)n, (byte)(n >> 8), (byte)(n >> 16), 255], 1, 1);
            _images[image.Key] = ximage = XImage.FromStream(new MemoryStream(placeholder, 0, placeholder.Length, writable: false, publiclyVisible: true));
            _placeholders[ximage] = image;
        }
        Gfx.DrawImage(ximage, x, y, width, height);
    }

    // The drawing's view box mapped onto the rectangle; each shape a path filled and/or stroked.
    private void DrawSvg(SvgDrawing svg, double x, double y, double width, double height)
    {
        var sx = width / svg.Width;
        var sy = height / svg.Height;
        double X(double v) => x + (v - svg.MinX) * sx;
        double Y(double v) => y + (v - svg.MinY) * sy;
        foreach (var shape in svg.Shapes)
        {
            var path = new XGraphicsPath { FillMode = shape.EvenOdd ? XFillMode.Alternate : XFillMode.Winding };
            foreach (var sub in shape.Subpaths)
            {
                path.StartFigure();
                double cx = X(sub.X), cy = Y(sub.Y);
                foreach (var s in sub.Segments)
                {
                    double nx = X(s.X), ny = Y(s.Y);
                    if (s.IsCurve) path.AddBezier(cx, cy, X(s.X1), Y(s.Y1), X(s.X2), Y(s.Y2), nx, ny);
                    else path.AddLine(cx, cy, nx, ny);
                    (cx, cy) = (nx, ny);
                }
                if (sub.Closed) path.CloseFigure();
            }
            var alpha = (int)Math.Round(255 * shape.Opacity);
            XBrush? brush = shape.Fill is { } fill ? new XSolidBrush(XColor.FromArgb(alpha, Color(fill))) : null;
            XPen? pen = shape.Stroke is { } stroke && shape.StrokeWidth > 0
                ? new XPen(XColor.FromArgb(alpha, Color(stroke)), shape.StrokeWidth * Math.Sqrt(sx * sy)) : null;
            if (brush is not null && pen is not null) Gfx.DrawPath(pen, brush, path);
            else if (brush is not null) Gfx.DrawPath(brush, path);
            else if (pen is not null) Gfx.DrawPath(pen, path);
        }
    }
}
