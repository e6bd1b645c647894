namespace BriefGenerator.Images;

/// <summary>A small scanline rasteriser for <see cref="SvgDrawing"/>s: curves flattened to lines, fills by the non-zero
/// or even-odd rule, strokes as one quadrilateral a segment (butt ends, no joins), three samples a pixel each way for
/// smooth edges, shapes painted in order with their opacity over a transparent background. Enough for the fallback
/// picture of a chart or map drawing; the PDF and Word's SVG support draw the vectors themselves.</summary>
public static class SvgRasterizer
{
    private const int Samples = 3;

    /// <summary>8-bit RGBA pixels of <paramref name="svg"/> scaled to <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] Render(SvgDrawing svg, int width, int height)
    {
        int w = width * Samples, h = height * Samples;
        var canvas = new float[w * h * 4]; // premultiplied RGBA, 0..1
        double sx = w / svg.Width, sy = h / svg.Height;
        foreach (var shape in svg.Shapes)
        {
            var lines = Flatten(shape, svg, sx, sy);
            if (shape.Fill is { } fill) Paint(canvas, w, h, lines, shape.EvenOdd, fill, shape.Opacity);
            if (shape.Stroke is { } stroke && shape.StrokeWidth > 0)
                Paint(canvas, w, h, Outline(lines, shape.StrokeWidth * Math.Sqrt(sx * sy) / 2), false, stroke, shape.Opacity);
        }
        var rgba = new byte[width * height * 4];
        Span<float> sum = stackalloc float[4];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                sum.Clear();
                for (var j = 0; j < Samples; j++)
                    for (var i = 0; i < Samples; i++)
                    {
                        var at = (((y * Samples + j) * w) + x * Samples + i) * 4;
                        for (var c = 0; c < 4; c++) sum[c] += canvas[at + c];
                    }
                var a = sum[3] / (Samples * Samples);
                var o = (y * width + x) * 4;
                for (var c = 0; c < 3; c++) rgba[o + c] = a <= 0 ? (byte)0 : (byte)Math.Round(Math.Clamp(sum[c] / (Samples * Samples) / a, 0, 1) * 255);
                rgba[o + 3] = (byte)Math.Round(Math.Clamp(a, 0, 1) * 255);
            }
        return rgba;
    }

    // Each subpath as a closed polyline (lines only; curves in 16 steps) in sample coordinates.
    private static List<List<(double X, double Y)>> Flatten(SvgShape shape, SvgDrawing svg, double sx, double sy)
    {
        var result = new List<List<(double, double)>>();
        foreach (var sub in shape.Subpaths)
        {
            (double, double) P(double x, double y) => ((x - svg.MinX) * sx, (y - svg.MinY) * sy);
            var points = new List<(double X, double Y)> { P(sub.X, sub.Y) };
            double cx = sub.X, cy = sub.Y;
            foreach (var s in sub.Segments)
            {
                if (s.IsCurve)
                    for (var k = 1; k <= 16; k++)
                    {
                        double t = k / 16.0, u = 1 - t;
                        points.Add(P(u * u * u * cx + 3 * u * u * t * s.X1 + 3 * u * t * t * s.X2 + t * t * t * s.X,
                                     u * u * u * cy + 3 * u * u * t * s.Y1 + 3 * u * t * t * s.Y2 + t * t * t * s.Y));
                    }
                else points.Add(P(s.X, s.Y));
                (cx, cy) = (s.X, s.Y);
            }
            if (sub.Closed) points.Add(points[0]);
            result.Add(points);
        }
        return result;
    }

    // A stroke as one rectangle around each segment, all filled together by the non-zero rule.
    private static List<List<(double X, double Y)>> Outline(List<List<(double X, double Y)>> lines, double half)
    {
        var quads = new List<List<(double, double)>>();
        foreach (var line in lines)
            for (var i = 1; i < line.Count; i++)
            {
                var (a, b) = (line[i - 1], line[i]);
                double dx = b.X - a.X, dy = b.Y - a.Y, len = Math.Sqrt(dx * dx + dy * dy);
                if (len == 0) continue;
                double nx = -dy / len * half, ny = dx / len * half;
                quads.Add(new() { (a.X + nx, a.Y + ny), (b.X + nx, b.Y + ny), (b.X - nx, b.Y - ny), (a.X - nx, a.Y - ny), (a.X + nx, a.Y + ny) });
            }
        return quads;
    }

    // Scanline fill: the crossings of each sample row with every edge, spans between them by the fill rule.
    private static void Paint(float[] canvas, int w, int h, List<List<(double X, double Y)>> polys, bool evenOdd, string color, double opacity)
    {
        var rgb = Convert.FromHexString(color.TrimStart('#'));
        float r = rgb[0] / 255f, g = rgb[1] / 255f, b = rgb[2] / 255f, alpha = (float)opacity;
        var crossings = new List<(double X, int Dir)>();
        for (var y = 0; y < h; y++)
        {
            var yc = y + 0.5;
            crossings.Clear();
            foreach (var poly in polys)
            {
                // A subpath is filled as if closed.
                for (var i = 0; i < poly.Count; i++)
                {
                    var (p, q) = (poly[i], poly[(i + 1) % poly.Count]);
                    if ((p.Y <= yc) == (q.Y <= yc)) continue;
                    crossings.Add((p.X + (yc - p.Y) / (q.Y - p.Y) * (q.X - p.X), q.Y > p.Y ? 1 : -1));
                }
            }
            if (crossings.Count < 2) continue;
            crossings.Sort((m, n) => m.X.CompareTo(n.X));
            var winding = 0;
            for (var k = 0; k < crossings.Count - 1; k++)
            {
                winding += evenOdd ? 1 : crossings[k].Dir;
                var inside = evenOdd ? winding % 2 != 0 : winding != 0;
                if (!inside) continue;
                var from = Math.Max(0, (int)Math.Ceiling(crossings[k].X - 0.5));
                var to = Math.Min(w - 1, (int)Math.Floor(crossings[k + 1].X - 0.5));
                for (var x = from; x <= to; x++)
                {
                    var at = (y * w + x) * 4;
                    var keep = 1 - alpha;
                    canvas[at] = r * alpha + canvas[at] * keep;
                    canvas[at + 1] = g * alpha + canvas[at + 1] * keep;
                    canvas[at + 2] = b * alpha + canvas[at + 2] * keep;
                    canvas[at + 3] = alpha + canvas[at + 3] * keep;
                }
            }
        }
    }
}
