using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>How superscript and subscript are set: at 70 % of the surrounding size, raised by a third of it or
/// lowered by a seventh, so the line's height does not change.</summary>
internal static class ScriptStyle
{
    /// <summary>Size of script text relative to the text around it.</summary>
    public const double Scale = 0.7;

    /// <summary>The style of a <see cref="Superscript"/> or <see cref="Subscript"/> inside text set in <paramref name="style"/>.</summary>
    public static RunStyle For(Inline script, RunStyle style) => style with
    {
        Size = Math.Round(style.Size * Scale, 2),
        Rise = style.Rise + (script is Superscript ? style.Size * 0.33 : -style.Size * 0.14),
    };

    /// <summary>The children of a superscript or subscript.</summary>
    public static IReadOnlyList<Inline> Children(Inline script) => script switch
    {
        Superscript p => p.Children,
        Subscript b => b.Children,
        _ => Array.Empty<Inline>(),
    };
}
