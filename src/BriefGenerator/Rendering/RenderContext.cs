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

    /// <summary>The figures' images by path as written (<see cref="Document.ImageContent.Path"/>), read and decoded once
    /// per build and shared by both renderers.</summary>
    public IReadOnlyDictionary<string, Images.LoadedImage> Images { get; init; } = new Dictionary<string, Images.LoadedImage>();

    /// <summary>The theme's logo (<c>logo</c>, read from the template folder), drawn on the cover and in the running head;
    /// null for none.</summary>
    public Images.LoadedImage? Logo { get; init; }

    /// <summary>Where the build will write this output, or null when it is not written (tests, a dry run): a renderer
    /// whose file grows large may write it as it goes into a temporary file beside that path
    /// (<see cref="RenderedOutput.Spooled"/>).</summary>
    public string? OutputPath { get; init; }
}
