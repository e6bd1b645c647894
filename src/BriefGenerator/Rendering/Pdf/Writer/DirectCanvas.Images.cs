using System.Globalization;
using BriefGenerator.Images;

namespace BriefGenerator.Rendering.Pdf.Writer;

internal sealed partial class DirectCanvas
{
    // One XObject per image (by its bytes' hash), however often it is drawn; graphics states by opacity.
    private readonly Dictionary<string, int> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<double, int> _opacities = new();

    public void DrawImage(LoadedImage image, double x, double y, double width, double height)
    {
        Boundary();
        Content();
        _content.EndText();
        if (image.Svg is { } svg) { DrawSvg(svg, x, y, width, height); return; }
        if (!_images.TryGetValue(image.Key, out var number))
        {
            _images[image.Key] = number = _file.Allocate();
            ImageWriter.Write(_file, number, image);
        }
        var name = "Im" + number.ToString(CultureInfo.InvariantCulture);
        _content.XObjects[name] = number;
        _content.Saved(() => _content.Ops.Num(width).Bytes(" 0 0 "u8).Num(height).Sp().Num(x).Sp().Num(Y(y + height))
            .Bytes(" cm\n/"u8).Ascii(name).Bytes(" Do\n"u8));
    }

    // The drawing's view box mapped onto the rectangle; each shape a path filled and/or stroked.
    private void DrawSvg(SvgDrawing svg, double x, double y, double width, double height)
    {
        var sx = width / svg.Width;
        var sy = height / svg.Height;
        double X(double v) => x + (v - svg.MinX) * sx;
        double Yp(double v) => Y(y + (v - svg.MinY) * sy);
        var ops = _content.Ops;
        foreach (var shape in svg.Shapes)
        {
            bool fill = shape.Fill is not null, stroke = shape.Stroke is not null && shape.StrokeWidth > 0;
            if (!fill && !stroke) continue;
            _content.Saved(() =>
            {
                if (shape.Opacity < 1) ops.Byte((byte)'/').Ascii(_content.GraphicsState(Opacity(shape.Opacity))).Bytes(" gs\n"u8);
                if (fill) _content.Fill(shape.Fill!);
                if (stroke)
                {
                    _content.Stroke(shape.Stroke!);
                    _content.Pen(shape.StrokeWidth * Math.Sqrt(sx * sy), 0, 0);
                }
                foreach (var sub in shape.Subpaths)
                {
                    ops.Num(X(sub.X)).Sp().Num(Yp(sub.Y)).Bytes(" m\n"u8);
                    foreach (var s in sub.Segments)
                    {
                        if (s.IsCurve)
                            ops.Num(X(s.X1)).Sp().Num(Yp(s.Y1)).Sp().Num(X(s.X2)).Sp().Num(Yp(s.Y2)).Sp().Num(X(s.X)).Sp().Num(Yp(s.Y)).Bytes(" c\n"u8);
                        else ops.Num(X(s.X)).Sp().Num(Yp(s.Y)).Bytes(" l\n"u8);
                    }
                    if (sub.Closed) ops.Bytes("h\n"u8);
                }
                if (fill && stroke) ops.Bytes(shape.EvenOdd ? "B*\n"u8 : "B\n"u8);
                else if (fill) ops.Bytes(shape.EvenOdd ? "f*\n"u8 : "f\n"u8);
                else ops.Bytes("S\n"u8);
            });
        }
    }

    private int Opacity(double alpha)
    {
        alpha = Math.Round(alpha, 3);
        if (_opacities.TryGetValue(alpha, out var number)) return number;
        _opacities[alpha] = number = _file.Allocate();
        var b = new PdfBuffer(64);
        b.Bytes("<</Type/ExtGState/ca "u8).Num(alpha).Bytes("/CA "u8).Num(alpha).Bytes(">>"u8);
        _file.Object(number, b.Span);
        return number;
    }
}
