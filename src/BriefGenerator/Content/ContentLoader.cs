using BriefGenerator.Diagnostics;

namespace BriefGenerator.Content;

/// <summary>Loads one brief (<c>content/&lt;slug&gt;/brief.md</c>) into the content model, collecting diagnostics
/// instead of throwing. Returns null when the brief has errors that stop it being built.</summary>
public static class ContentLoader
{
    /// <summary>The file name of a brief inside its folder.</summary>
    public const string FileName = "brief.md";

    /// <param name="path">Path to brief.md.</param>
    /// <param name="displayPath">How diagnostics name the file (relative to the working folder, usually).</param>
    public static Brief? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "";
        if (!Identifiers.IsValidSlug(slug))
        {
            diagnostics.Error(DiagnosticCodes.SlugInvalid, $"folder name '{slug}' is not a valid slug: use lower-case letters, digits and '-'", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        // The brief must really be inside the content folder (the folder holding its slug folder), links followed.
        var contentRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)));
        var brief = LoadText(SourceText.Read(path, displayPath, diagnostics, contentRoot, SourceText.MaxBriefBytes), slug, displayPath, diagnostics);
        if (brief is null) return null;
        // Images are read from the brief's own folder (links followed must stay in it), once for every template and format.
        var errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        var images = FigureReader.LoadImages(brief.Figures, Path.GetDirectoryName(Path.GetFullPath(path))!, diagnostics);
        return diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore ? null : brief with { Images = images };
    }

    /// <summary>Loads a brief from text already read (tests, editors).</summary>
    public static Brief? LoadText(string? text, string slug, string displayPath, DiagnosticBag diagnostics)
    {
        if (text is null) return null;
        var errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        var front = new FrontMatterReader(displayPath, diagnostics);
        if (!front.Split(text, out var yaml, out var body, out var bodyFirstLine)) return null;
        var metadata = front.Read(yaml);
        var reader = new BodyReader(displayPath, bodyFirstLine, diagnostics) { Language = metadata?.Language ?? "en-US" };
        var (lede, sections, tables) = reader.Read(body);
        if (metadata is null || diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore) return null;
        return new Brief(slug, displayPath, metadata, lede, sections, tables, front.KeySpans) { Figures = reader.Figures, ParsedBody = reader.Parsed };
    }
}
