using BriefGenerator.Content;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Diff;

/// <summary>Reads one side of a diff into a snapshot: a brief file, a brief's folder (its brief.md), or a path at a git
/// revision. Every problem is a diagnostic; null after reporting.</summary>
public static class DiffSideReader
{
    /// <summary>The side's snapshot and its display name; null after reporting errors in <paramref name="diagnostics"/>.</summary>
    public static (BriefSnapshot? Snapshot, string Display) Read(DiffSide side, DiagnosticBag diagnostics)
    {
        var text = side.GitPath is null ? ReadFile(side.Spec, diagnostics, out var display, out var slug)
            : GitRevisionReader.Read(side.Spec, side.GitPath, diagnostics, out display, out slug);
        if (text is null) return (null, display);
        return (SnapshotBuilder.FromText(text, slug, display, diagnostics), display);
    }

    private static string? ReadFile(string spec, DiagnosticBag diagnostics, out string display, out string slug)
    {
        var path = spec;
        if (Directory.Exists(spec))
        {
            path = Path.Combine(spec, ContentLoader.FileName);
            if (!File.Exists(path))
            {
                display = DisplayPath.For(spec);
                slug = "";
                diagnostics.Error(DiagnosticCodes.DiffSideUnreadable, $"'{spec}' is a folder without a {ContentLoader.FileName}", SourceSpan.None);
                return null;
            }
        }
        display = DisplayPath.For(path).Replace('\\', '/');
        slug = SlugOf(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.DiffSideUnreadable,
                $"'{spec}' is not a brief file or folder; to compare git revisions name the brief after '--': brief diff REV1 REV2 -- content/<slug>", SourceSpan.None);
            return null;
        }
        return SourceText.Read(path, display, diagnostics, limit: SourceText.MaxBriefBytes);
    }

    /// <summary>The brief's folder name when it is a valid slug, else "brief" (a diff does not need a slug).</summary>
    internal static string SlugOf(string briefPath)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(briefPath))) ?? "";
        return Identifiers.IsValidSlug(folder) ? folder : "brief";
    }
}
