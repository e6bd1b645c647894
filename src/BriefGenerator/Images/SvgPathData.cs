using System.Globalization;

namespace BriefGenerator.Images;

/// <summary>Reads SVG path data (<c>d</c>: M L H V C S Q T A Z, absolute and relative) into subpaths of lines and cubic
/// curves, mapped through a transform. Quadratic curves become cubics; elliptical arcs become cubics, one per quarter turn
/// at most. Reading stops at the first malformed command, as SVG renderers do.</summary>
internal sealed class SvgPathData
{
    private readonly SvgMatrix _m;
    private readonly List<SvgSubpath> _done = new();
    private List<SvgSegment>? _segments;
    private double _startX, _startY, _x, _y, _lastCx, _lastCy, _subX, _subY;
    private char _last;

    private SvgPathData(SvgMatrix m) => _m = m;

    /// <summary>The subpaths of <paramref name="d"/>, transformed by <paramref name="m"/>.</summary>
    public static IReadOnlyList<SvgSubpath> Parse(string d, SvgMatrix m)
    {
        var p = new SvgPathData(m);
        p.Run(d);
        p.Flush(false);
        return p._done;
    }

    private void Run(string d)
    {
        var tokens = Tokens(d);
        int i = 0;
        char cmd = ' ';
        while (i < tokens.Count)
        {
            if (tokens[i] is string s) { cmd = s[0]; i++; if (char.ToUpperInvariant(cmd) == 'Z') { Close(); _last = 'Z'; continue; } }
            else if (cmd == ' ') return;
            var rel = char.IsLower(cmd);
            var count = char.ToUpperInvariant(cmd) switch { 'M' or 'L' or 'T' => 2, 'H' or 'V' => 1, 'C' => 6, 'S' or 'Q' => 4, 'A' => 7, _ => -1 };
            if (count < 0 || i + count > tokens.Count || tokens.Skip(i).Take(count).Any(t => t is not double)) return;
            var v = tokens.Skip(i).Take(count).Cast<double>().ToArray();
            i += count;
            double ox = rel ? _x : 0, oy = rel ? _y : 0;
            switch (char.ToUpperInvariant(cmd))
            {
                case 'M':
                    Flush(false);
                    _x = _subX = v[0] + ox; _y = _subY = v[1] + oy;
                    _segments = new List<SvgSegment>();
                    (_startX, _startY) = (_x, _y);
                    cmd = rel ? 'l' : 'L'; // further pairs are lines
                    break;
                case 'L': Line(v[0] + ox, v[1] + oy); break;
                case 'H': Line(v[0] + ox, _y); break;
                case 'V': Line(_x, v[0] + oy); break;
                case 'C': Curve(v[0] + ox, v[1] + oy, v[2] + ox, v[3] + oy, v[4] + ox, v[5] + oy); break;
                case 'S':
                    var (rx, ry) = "CcSs".Contains(_last) ? (2 * _x - _lastCx, 2 * _y - _lastCy) : (_x, _y);
                    Curve(rx, ry, v[0] + ox, v[1] + oy, v[2] + ox, v[3] + oy);
                    break;
                case 'Q': Quad(v[0] + ox, v[1] + oy, v[2] + ox, v[3] + oy); break;
                case 'T':
                    var (qx, qy) = "QqTt".Contains(_last) ? (2 * _x - _lastCx, 2 * _y - _lastCy) : (_x, _y);
                    Quad(qx, qy, v[0] + ox, v[1] + oy);
                    break;
                case 'A': Arc(v[0], v[1], v[2], v[3] != 0, v[4] != 0, v[5] + ox, v[6] + oy); break;
            }
            _last = cmd;
        }
    }

    private void Ensure()
    {
        if (_segments is not null) return;
        _segments = new List<SvgSegment>();
        (_startX, _startY) = (_x, _y);
    }

    private void Line(double x, double y)
    {
        Ensure();
        var (tx, ty) = _m.Apply(x, y);
        _segments!.Add(new SvgSegment(false, 0, 0, 0, 0, tx, ty));
        (_x, _y, _lastCx, _lastCy) = (x, y, x, y);
    }

    private void Curve(double x1, double y1, double x2, double y2, double x, double y)
    {
        Ensure();
        var (a, b) = _m.Apply(x1, y1);
        var (c, d) = _m.Apply(x2, y2);
        var (e, f) = _m.Apply(x, y);
        _segments!.Add(new SvgSegment(true, a, b, c, d, e, f));
        (_x, _y, _lastCx, _lastCy) = (x, y, x2, y2);
    }

    private void Quad(double qx, double qy, double x, double y)
    {
        Curve(_x + 2.0 / 3 * (qx - _x), _y + 2.0 / 3 * (qy - _y), x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), x, y);
        (_lastCx, _lastCy) = (qx, qy);
    }

    // SVG 1.1 F.6.5: endpoint to centre parameters, then one cubic per at most 90 degrees.
    private void Arc(double rx, double ry, double angle, bool large, bool sweep, double x, double y)
    {
        rx = Math.Abs(rx); ry = Math.Abs(ry);
        if (rx == 0 || ry == 0 || (x == _x && y == _y)) { Line(x, y); return; }
        var phi = angle * Math.PI / 180;
        var (cos, sin) = (Math.Cos(phi), Math.Sin(phi));
        double dx = (_x - x) / 2, dy = (_y - y) / 2;
        double x1 = cos * dx + sin * dy, y1 = -sin * dx + cos * dy;
        var lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        if (lambda > 1) { rx *= Math.Sqrt(lambda); ry *= Math.Sqrt(lambda); }
        var num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        var coef = Math.Sqrt(Math.Max(0, num / (rx * rx * y1 * y1 + ry * ry * x1 * x1))) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1 / ry, cyp = -coef * ry * x1 / rx;
        double cx = cos * cxp - sin * cyp + (_x + x) / 2, cy = sin * cxp + cos * cyp + (_y + y) / 2;
        var t1 = Math.Atan2((y1 - cyp) / ry, (x1 - cxp) / rx);
        var dt = Math.Atan2((-y1 - cyp) / ry, (-x1 - cxp) / rx) - t1;
        if (sweep && dt < 0) dt += 2 * Math.PI;
        else if (!sweep && dt > 0) dt -= 2 * Math.PI;
        var n = (int)Math.Ceiling(Math.Abs(dt) / (Math.PI / 2) - 1e-9);
        var step = dt / Math.Max(1, n);
        var k = 4.0 / 3 * Math.Tan(step / 4);
        (double X, double Y) P(double t) => (cx + rx * Math.Cos(t) * cos - ry * Math.Sin(t) * sin, cy + rx * Math.Cos(t) * sin + ry * Math.Sin(t) * cos);
        (double X, double Y) D(double t) => (-rx * Math.Sin(t) * cos - ry * Math.Cos(t) * sin, -rx * Math.Sin(t) * sin + ry * Math.Cos(t) * cos);
        for (int i = 0; i < Math.Max(1, n); i++)
        {
            double a = t1 + i * step, b = a + step;
            var (p0, d0, p1, d1) = (P(a), D(a), P(b), D(b));
            var end = i == Math.Max(1, n) - 1 ? (x, y) : p1;
            Curve(p0.X + k * d0.X, p0.Y + k * d0.Y, p1.X - k * d1.X, p1.Y - k * d1.Y, end.Item1, end.Item2);
        }
    }

    private void Close()
    {
        Flush(true);
        (_x, _y) = (_subX, _subY);
    }

    private void Flush(bool closed)
    {
        if (_segments is { Count: > 0 })
        {
            var (sx, sy) = _m.Apply(_startX, _startY);
            _done.Add(new SvgSubpath(sx, sy, _segments, closed));
        }
        _segments = null;
    }

    // Commands as strings, numbers as doubles ("10-5" and "1.5.5" are two numbers each, as SVG allows).
    private static List<object> Tokens(string d)
    {
        var list = new List<object>();
        int i = 0;
        while (i < d.Length)
        {
            var c = d[i];
            if (char.IsWhiteSpace(c) || c == ',') { i++; continue; }
            if (char.IsLetter(c) && c is not 'e' and not 'E') { list.Add(c.ToString()); i++; continue; }
            var m = SvgMatrix.Numbers().Match(d, i);
            if (!m.Success || m.Index != i) break;
            list.Add(double.Parse(m.Value, CultureInfo.InvariantCulture));
            i += m.Length;
        }
        return list;
    }
}
