using BriefGenerator.Diagnostics;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering;

/// <summary>What a renderer gets besides the tree: the theme, the fonts, where the template lives
/// (for a reference.docx) and a bag for warnings such as missing glyphs.</summary>
public sealed record RenderContext(Theme Theme, FontLibrary Fonts, DiagnosticBag Diagnostics, string? TemplateFolder = null)
{
    /// <summary>For the redline edition: what changed since an old revision, written as tracked changes (DOCX);
    /// null for the normal outputs.</summary>
    public Redline.RedlineMarks? Redline { get; init; }
}
