using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefGenerator.Images;

/// <summary>An SVG affine transform [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly partial record struct SvgMatrix(double A, double B, double C, double D, double E, double F)
{
    public static SvgMatrix Identity => new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform applied after <paramref name="inner"/> (inner first).</summary>
    public SvgMatrix Times(SvgMatrix inner) => new(
        A * inner.A + C * inner.B, B * inner.A + D * inner.B,
        A * inner.C + C * inner.D, B * inner.C + D * inner.D,
        A * inner.E + C * inner.F + E, B * inner.E + D * inner.F + F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>How much the transform scales lengths (for stroke widths).</summary>
    public double Scale => Math.Sqrt(Math.Abs(A * D - B * C));

    /// <summary>Parses a <c>transform</c> attribute: matrix, translate, scale, rotate, skewX, skewY, in order.</summary>
    public static SvgMatrix Parse(string? text)
    {
        var m = Identity;
        if (string.IsNullOrWhiteSpace(text)) return m;
        foreach (Match op in Op().Matches(text))
        {
            var v = Numbers().Matches(op.Groups[2].Value).Select(n => double.Parse(n.Value, CultureInfo.InvariantCulture)).ToArray();
            double At(int i, double fallback = 0) => i < v.Length ? v[i] : fallback;
            var t = op.Groups[1].Value switch
            {
                "matrix" when v.Length == 6 => new SvgMatrix(v[0], v[1], v[2], v[3], v[4], v[5]),
                "translate" => new SvgMatrix(1, 0, 0, 1, At(0), At(1)),
                "scale" => new SvgMatrix(At(0, 1), 0, 0, At(1, At(0, 1)), 0, 0),
                "rotate" => Rotate(At(0), At(1), At(2)),
                "skewX" => new SvgMatrix(1, 0, Math.Tan(At(0) * Math.PI / 180), 1, 0, 0),
                "skewY" => new SvgMatrix(1, Math.Tan(At(0) * Math.PI / 180), 0, 1, 0, 0),
                _ => Identity,
            };
            m = m.Times(t);
        }
        return m;
    }

    private static SvgMatrix Rotate(double degrees, double cx, double cy)
    {
        var r = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(r), Math.Sin(r));
        var rot = new SvgMatrix(cos, sin, -sin, cos, 0, 0);
        return new SvgMatrix(1, 0, 0, 1, cx, cy).Times(rot).Times(new SvgMatrix(1, 0, 0, 1, -cx, -cy));
    }

    [GeneratedRegex(@"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")]
    private static partial Regex Op();

    [GeneratedRegex(@"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    internal static partial Regex Numbers();
}
