using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Rendering;
using BriefGenerator.Templating;
using BriefGenerator.Theming;

namespace BriefGenerator.Build;

/// <summary>A brief taken through one template up to the renderers: its document tree and the render context
/// (theme, fonts, template folder). Shared by the build and the first-build warm-up. <see cref="Locator"/> moves the
/// renderers' diagnostics that point into the rendered markup to the brief or template.</summary>
public sealed record PreparedDocument(BriefDocument Document, RenderContext Context, MarkupLocator? Locator = null)
{
    /// <summary>Theme, template, parse and font checks; null (after reporting) when any stage has an error.</summary>
    public static PreparedDocument? Prepare(Brief brief, TemplateInfo template, TemplateCatalog catalog, BuildOptions options, DiagnosticBag diagnostics)
    {
        var theme = ThemeLoader.Load(template.ThemePath, template.ThemePath is null ? "" : DisplayPath.For(template.ThemePath), diagnostics, catalog.Root);
        var info = DocumentInfoFactory.Create(brief, options.ToolVersion, options.SourceDateEpoch);
        var markup = new TemplateRenderer(catalog, now: info.Timestamp.UtcDateTime).Render(brief, template, diagnostics);
        if (theme is null || markup is null) return null;
        var markupName = $"{markup.DisplayName} ({brief.Slug})";
        var locator = new MarkupLocator(markupName, markup.Text, brief.SourcePath, markup.DisplayName);
        var parsing = new DiagnosticBag();
        var document = DocumentParser.Parse(markup.Text, info, markupName, parsing, theme.SmartQuotes);
        diagnostics.AddRange(parsing.Select(locator.Locate));
        if (document is null || diagnostics.HasErrors) return null;

        var fonts = FontLibrary.Open(catalog.FontsFolder);
        foreach (var family in new[] { theme.Fonts.Body, theme.Fonts.Heading, theme.Fonts.Mono }.Distinct())
            if (!fonts.HasFamily(family))
                diagnostics.Error(DiagnosticCodes.FontMissing,
                    $"the theme asks for font family '{family}' but {DisplayPath.For(catalog.FontsFolder)} has only: {(fonts.Families.Count == 0 ? "no fonts" : string.Join(", ", fonts.Families))}",
                    new SourceSpan(DisplayPath.For(template.ThemePath ?? template.TemplatePath), 1, 1));
        FontFileCheck.Report(fonts, new[] { theme.Fonts.Body, theme.Fonts.Heading, theme.Fonts.Mono, "Noto Sans", "Noto Sans Mono" }, diagnostics);
        return diagnostics.HasErrors ? null : new PreparedDocument(document, new RenderContext(theme, fonts, diagnostics, template.Folder), locator);
    }
}
