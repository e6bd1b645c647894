using System.Globalization;

namespace BriefGenerator.Images;

/// <summary>The painting properties an SVG element inherits and may override: fill (black by default), stroke (none),
/// stroke width (1), fill rule and opacity (fill-opacity, stroke-opacity and opacity multiplied into one).</summary>
internal sealed record SvgStyle(string? Fill, string? Stroke, double StrokeWidth, bool EvenOdd, double Opacity, bool Hidden)
{
    public static SvgStyle Initial { get; } = new("#000000", null, 1, false, 1, false);

    /// <summary>This style with <paramref name="e"/>'s presentation attributes and <c>style</c> declarations applied.</summary>
    public SvgStyle With(System.Xml.Linq.XElement e)
    {
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in e.Attributes()) props[a.Name.LocalName] = a.Value;
        foreach (var decl in (e.Attribute("style")?.Value ?? "").Split(';'))
            if (decl.Split(':', 2) is [var k, var v]) props[k.Trim()] = v.Trim();
        var s = this;
        if (props.TryGetValue("fill", out var fill)) s = s with { Fill = SvgColor.Parse(fill, s.Fill) };
        if (props.TryGetValue("stroke", out var stroke)) s = s with { Stroke = SvgColor.Parse(stroke, s.Stroke) };
        if (props.TryGetValue("stroke-width", out var sw) && SvgParser.Length(sw) is { } w) s = s with { StrokeWidth = w };
        if (props.TryGetValue("fill-rule", out var rule)) s = s with { EvenOdd = rule.Trim() == "evenodd" };
        foreach (var key in new[] { "opacity", "fill-opacity" })
            if (props.TryGetValue(key, out var o) && double.TryParse(o.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var op))
                s = s with { Opacity = s.Opacity * Math.Clamp(o.Trim().EndsWith('%') ? op / 100 : op, 0, 1) };
        if ((props.TryGetValue("display", out var d) && d.Trim() == "none") || (props.TryGetValue("visibility", out var v2) && v2.Trim() == "hidden"))
            s = s with { Hidden = true };
        return s;
    }
}
