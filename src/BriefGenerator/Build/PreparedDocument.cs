using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Rendering;
using BriefGenerator.Templating;
using BriefGenerator.Theming;

namespace BriefGenerator.Build;

/// <summary>A brief taken through one template up to the renderers: its document tree and the render context
/// (theme, fonts, template folder). Shared by the build and the first-build warm-up.</summary>
public sealed record PreparedDocument(BriefDocument Document, RenderContext Context)
{
    /// <summary>Theme, template, parse and font checks; null (after reporting) when any stage has an error.</summary>
    public static PreparedDocument? Prepare(Brief brief, TemplateInfo template, TemplateCatalog catalog, BuildOptions options, DiagnosticBag diagnostics)
    {
        var theme = ThemeLoader.Load(template.ThemePath, template.ThemePath is null ? "" : DisplayPath.For(template.ThemePath), diagnostics);
        var markup = new TemplateRenderer(catalog).Render(brief, template, diagnostics);
        if (theme is null || markup is null) return null;
        var info = DocumentInfoFactory.Create(brief, options.ToolVersion, options.SourceDateEpoch);
        var document = DocumentParser.Parse(markup.Text, info, $"{markup.DisplayName} ({brief.Slug})", diagnostics, theme.SmartQuotes);
        if (document is null || diagnostics.HasErrors) return null;

        var fonts = FontLibrary.Open(catalog.FontsFolder);
        foreach (var family in new[] { theme.Fonts.Body, theme.Fonts.Heading, theme.Fonts.Mono }.Distinct())
            if (!fonts.HasFamily(family))
                diagnostics.Error(DiagnosticCodes.FontMissing,
                    $"the theme asks for font family '{family}' but {DisplayPath.For(catalog.FontsFolder)} has only: {(fonts.Families.Count == 0 ? "no fonts" : string.Join(", ", fonts.Families))}",
                    new SourceSpan(DisplayPath.For(template.ThemePath ?? template.TemplatePath), 1, 1));
        return diagnostics.HasErrors ? null : new PreparedDocument(document, new RenderContext(theme, fonts, diagnostics, template.Folder));
    }
}
