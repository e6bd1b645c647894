using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Thin wrappers (OfficeIMO's idea) that hide the verbosity of building <c>w:style</c>, <c>w:rPr</c> and
/// <c>w:pPr</c> fragments. Properties are set through the SDK's typed setters so children land in schema order.</summary>
internal static class StyleFactory
{
    /// <summary>A paragraph style.</summary>
    public static Style Paragraph(string id, string name, string? basedOn, string? next,
        StyleParagraphProperties? paragraph, StyleRunProperties? run, int priority = 10, bool primary = true)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name } };
        if (basedOn is not null) style.BasedOn = new BasedOn { Val = basedOn };
        if (next is not null) style.NextParagraphStyle = new NextParagraphStyle { Val = next };
        style.UIPriority = new UIPriority { Val = priority };
        if (primary) style.PrimaryStyle = new PrimaryStyle();
        if (paragraph is not null) style.StyleParagraphProperties = paragraph;
        if (run is not null) style.StyleRunProperties = run;
        return style;
    }

    /// <summary>A character style.</summary>
    public static Style Character(string id, string name, StyleRunProperties run, int priority = 10)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id, StyleName = new StyleName { Val = name } };
        style.BasedOn = new BasedOn { Val = StyleIds.DefaultParagraphFont };
        style.UIPriority = new UIPriority { Val = priority };
        style.StyleRunProperties = run;
        return style;
    }

    /// <summary>Run properties: font family (all four slots), size, colour, bold, italic.</summary>
    public static StyleRunProperties Run(string? font = null, double? size = null, string? color = null,
        bool bold = false, bool italic = false)
    {
        var rpr = new StyleRunProperties();
        if (font is not null) rpr.RunFonts = Fonts(font);
        if (bold) { rpr.Bold = new Bold(); rpr.BoldComplexScript = new BoldComplexScript(); }
        if (italic) { rpr.Italic = new Italic(); rpr.ItalicComplexScript = new ItalicComplexScript(); }
        if (color is not null) rpr.Color = new Color { Val = Units.Color(color) };
        if (size is not null)
        {
            rpr.FontSize = new FontSize { Val = Units.HalfPoints(size.Value) };
            rpr.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(size.Value) };
        }
        return rpr;
    }

    /// <summary>The same family for Latin, high-ANSI, East Asian and complex-script text.</summary>
    public static RunFonts Fonts(string family) =>
        new() { Ascii = family, HighAnsi = family, EastAsia = family, ComplexScript = family };

    /// <summary>Paragraph spacing in points; <paramref name="line"/> is a multiple of single spacing.</summary>
    public static SpacingBetweenLines Spacing(double? before = null, double? after = null, double? line = null)
    {
        var s = new SpacingBetweenLines();
        if (before is not null) s.Before = Units.TwipsText(before.Value);
        if (after is not null) s.After = Units.TwipsText(after.Value);
        if (line is not null) { s.Line = Units.AutoLine(line.Value); s.LineRule = LineSpacingRuleValues.Auto; }
        return s;
    }

    /// <summary>A single-line border of the given width (points), colour and padding (points).</summary>
    public static T Border<T>(double width, string color, double space = 0) where T : BorderType, new() => new()
    {
        Val = BorderValues.Single,
        Size = Units.EighthPoints(width),
        Color = Units.Color(color),
        Space = (uint)Math.Clamp(Math.Round(space), 0, 31),
    };

    /// <summary>Solid background fill.</summary>
    public static Shading Fill(string color) =>
        new() { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Units.Color(color) };
}
