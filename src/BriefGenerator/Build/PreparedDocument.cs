using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Fonts;
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
        // The body's parse was kept for the change snapshot, which takes it as soon as the brief's build starts; it is not
        // kept through rendering when nothing took it (a dry run takes no snapshot).
        brief.ParsedBody?.Release();
        diagnostics.AddRange(parsing.Select(locator.Locate));
        if (document is null || diagnostics.HasErrors) return null;

        var fonts = FontLibrary.Open(catalog.FontsFolder);
        foreach (var family in new[] { theme.Fonts.Body, theme.Fonts.Heading, theme.Fonts.Mono }.Distinct())
            if (!fonts.HasFamily(family))
                diagnostics.Error(DiagnosticCodes.FontMissing,
                    $"the theme asks for font family '{family}' but {DisplayPath.For(catalog.FontsFolder)} has only: {(fonts.Families.Count == 0 ? "no fonts" : string.Join(", ", fonts.Families))}",
                    new SourceSpan(DisplayPath.For(template.ThemePath ?? template.TemplatePath), 1, 1));
        // A table is reported at its line in the brief: found by id, or by number when neither has an id.
        TableFitCheck.Check(document, theme, table =>
            brief.Tables.FirstOrDefault(t => table.Id is not null ? t.Id == table.Id : t.Id is null && t.Number == table.Number)?.Span ?? table.Span,
            diagnostics);

        // Every face the renderers may read (the theme's families and the PDF's fallbacks) is checked first: its file
        // read through the confined reader (BG070-BG072), then its tables (BG083).
        var used = FallbackFamilies.All(theme.Fonts);
        FontFileCheck.Report(fonts, used, diagnostics);
        if (!diagnostics.HasErrors)
            foreach (var face in fonts.Faces.Where(f => used.Any(f.IsOf)))
                if (face.Problem is { } problem)
                    diagnostics.Error(DiagnosticCodes.FontInvalid,
                        $"font '{face.FaceName}' cannot be used: {problem}; replace the file or remove it", new SourceSpan(DisplayPath.For(face.Path), 1, 1));
        if (brief.Images is { } images)
            foreach (var path in FigurePaths.Of(document.Blocks).Where(p => !images.ContainsKey(p)))
                diagnostics.Error(DiagnosticCodes.ImageMissing,
                    $"image '{path}' is not a figure of the brief: the template wrote it, and templates cannot add images (use the theme's logo)",
                    new SourceSpan(DisplayPath.For(template.TemplatePath), 1, 1));
        return diagnostics.HasErrors ? null : new PreparedDocument(document,
            new RenderContext(theme, fonts, diagnostics, template.Folder)
            {
                Images = brief.Images ?? new Dictionary<string, Images.LoadedImage>(),
                Logo = theme.LogoImage,
            }, locator);
    }
}
