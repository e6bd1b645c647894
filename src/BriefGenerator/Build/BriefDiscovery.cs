using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;
using BriefGenerator.Templating;

namespace BriefGenerator.Build;

/// <summary>Finds the briefs under a content folder: every <c>&lt;slug&gt;/brief.md</c>, in slug order.</summary>
public static class BriefDiscovery
{
    public static IReadOnlyList<BriefLocation> Find(string contentFolder, IReadOnlyList<string> slugs, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentFolder);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"content folder '{contentFolder}' does not exist", SourceSpan.None);
            return Array.Empty<BriefLocation>();
        }
        var all = Directory.EnumerateDirectories(root)
            .Select(d => Path.GetFileName(d))
            // Anything named brief.md counts (a link, a pipe): loading it then says what is wrong with it, instead of skipping it.
            .Where(name => FileStat.Of(Path.Combine(root, name, ContentLoader.FileName)).Kind != FileKind.Missing)
            .Order(StringComparer.Ordinal)
            .ToList();
        var wanted = slugs.Count == 0 ? all : new List<string>();
        foreach (var slug in slugs)
        {
            if (!Identifiers.IsValidSlug(slug))
                diagnostics.Error(DiagnosticCodes.SlugInvalid, $"'{slug}' is not a valid slug: use lower-case letters, digits and '-'", SourceSpan.None);
            else if (!all.Contains(slug))
                diagnostics.Error(DiagnosticCodes.FileUnreadable, $"no brief '{slug}': expected {Path.Combine(contentFolder, slug, ContentLoader.FileName)}", SourceSpan.None);
            else if (!wanted.Contains(slug)) wanted.Add(slug);
        }
        return wanted.Select(slug =>
        {
            var path = Path.Combine(root, slug, ContentLoader.FileName);
            return new BriefLocation(slug, path, DisplayPath.For(path));
        }).ToList();
    }
}
