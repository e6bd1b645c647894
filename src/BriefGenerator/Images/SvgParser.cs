using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace BriefGenerator.Images;

/// <summary>Reads the static drawing of an SVG file into <see cref="SvgDrawing"/> shapes: <c>svg</c>, <c>g</c>,
/// <c>path</c>, <c>rect</c>, <c>circle</c>, <c>ellipse</c>, <c>line</c>, <c>polyline</c>, <c>polygon</c>, with fill,
/// stroke, stroke width, fill rule and opacity (attributes or <c>style</c>, inherited from groups) and transforms. Text,
/// gradients, patterns, masks, filters, images, <c>use</c> and CSS style sheets are not drawn. No DTD, no entities, no
/// external reference is ever followed; more than 100,000 elements is refused.</summary>
public static class SvgParser
{
    private const int MaxElements = 100_000;

    /// <summary>The drawing, or null and why not.</summary>
    public static (SvgDrawing? Drawing, string? Error) Parse(byte[] bytes)
    {
        XElement root;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0, MaxCharactersInDocument = ImageLimits.MaxBytes };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            root = XDocument.Load(reader).Root!;
        }
        catch (XmlException e) { return (null, $"the XML is malformed ({e.Message.TrimEnd('.')})"); }
        if (root.Name.LocalName != "svg") return (null, "its root element is not <svg>");
        if (root.DescendantsAndSelf().Take(MaxElements + 1).Count() > MaxElements) return (null, $"it has more than {MaxElements:N0} elements");

        var viewBox = Numbers(root.Attribute("viewBox")?.Value);
        var width = Length(root.Attribute("width")?.Value);
        var height = Length(root.Attribute("height")?.Value);
        double minX = 0, minY = 0, w, h;
        if (viewBox.Length == 4 && viewBox[2] > 0 && viewBox[3] > 0) (minX, minY, w, h) = (viewBox[0], viewBox[1], viewBox[2], viewBox[3]);
        else if (width > 0 && height > 0) (w, h) = (width!.Value, height!.Value);
        else return (null, "it has neither a viewBox nor a width and height");

        var shapes = new List<SvgShape>();
        Walk(root, SvgStyle.Initial, SvgMatrix.Identity, shapes);
        return (new SvgDrawing(minX, minY, w, h, shapes), null);
    }

    private static void Walk(XElement element, SvgStyle inherited, SvgMatrix outer, List<SvgShape> shapes)
    {
        var name = element.Name.LocalName;
        if (name is "defs" or "clipPath" or "mask" or "pattern" or "symbol" or "marker" or "style" or "title" or "desc" or "metadata") return;
        var style = inherited.With(element);
        if (style.Hidden) return;
        var m = outer.Times(SvgMatrix.Parse(element.Attribute("transform")?.Value));
        if (name is "svg" or "g" or "a")
        {
            foreach (var child in element.Elements()) Walk(child, style, m, shapes);
            return;
        }
        var d = Outline(element, name);
        if (d is null) return;
        var subpaths = SvgPathData.Parse(d, m);
        if (subpaths.Count == 0) return;
        shapes.Add(new SvgShape(subpaths, name == "line" ? null : style.Fill, style.Stroke, style.StrokeWidth * m.Scale, style.EvenOdd, style.Opacity));
    }

    // Every basic shape as path data.
    private static string? Outline(XElement e, string name)
    {
        double A(string attr) => Length(e.Attribute(attr)?.Value) ?? 0;
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        switch (name)
        {
            case "path": return e.Attribute("d")?.Value;
            case "rect":
                double x = A("x"), y = A("y"), w = A("width"), h = A("height");
                if (w <= 0 || h <= 0) return null;
                var rx = Math.Min(Length(e.Attribute("rx")?.Value) ?? Length(e.Attribute("ry")?.Value) ?? 0, w / 2);
                var ry = Math.Min(Length(e.Attribute("ry")?.Value) ?? rx, h / 2);
                if (rx <= 0) return $"M{F(x)} {F(y)}H{F(x + w)}V{F(y + h)}H{F(x)}Z";
                return $"M{F(x + rx)} {F(y)}H{F(x + w - rx)}A{F(rx)} {F(ry)} 0 0 1 {F(x + w)} {F(y + ry)}V{F(y + h - ry)}" +
                       $"A{F(rx)} {F(ry)} 0 0 1 {F(x + w - rx)} {F(y + h)}H{F(x + rx)}A{F(rx)} {F(ry)} 0 0 1 {F(x)} {F(y + h - ry)}" +
                       $"V{F(y + ry)}A{F(rx)} {F(ry)} 0 0 1 {F(x + rx)} {F(y)}Z";
            case "circle" or "ellipse":
                double cx = A("cx"), cy = A("cy");
                double erx = name == "circle" ? A("r") : A("rx"), ery = name == "circle" ? A("r") : A("ry");
                if (erx <= 0 || ery <= 0) return null;
                return $"M{F(cx - erx)} {F(cy)}A{F(erx)} {F(ery)} 0 1 0 {F(cx + erx)} {F(cy)}A{F(erx)} {F(ery)} 0 1 0 {F(cx - erx)} {F(cy)}Z";
            case "line": return $"M{F(A("x1"))} {F(A("y1"))}L{F(A("x2"))} {F(A("y2"))}";
            case "polyline" or "polygon":
                var p = Numbers(e.Attribute("points")?.Value);
                if (p.Length < 4) return null;
                var path = "M" + string.Join(" ", p.Take(p.Length / 2 * 2).Select(F));
                return name == "polygon" ? path + "Z" : path;
            default: return null;
        }
    }

    internal static double[] Numbers(string? text) => text is null ? Array.Empty<double>()
        : SvgMatrix.Numbers().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();

    // A length in user units: a number with px, pt or no unit (others read as their number).
    internal static double? Length(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = SvgMatrix.Numbers().Match(text);
        if (!m.Success) return null;
        var v = double.Parse(m.Value, CultureInfo.InvariantCulture);
        return text.Trim().EndsWith("pt", StringComparison.Ordinal) ? v * 4 / 3 : v;
    }
}
