using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Redline;
using BriefGenerator.Rendering;
using BriefGenerator.Templating;

namespace BriefGenerator.Build;

/// <summary>The build's part of <c>brief build --redline REV</c>: reads each brief at the revision and writes
/// <c>&lt;template&gt;.redline.docx</c> beside the normal DOCX.</summary>
internal static class RedlineEdition
{
    /// <summary>The brief at the redline revision; null, with a warning saying why, when there it cannot be read or
    /// loaded (a brief added since then has no redline).</summary>
    public static RedlineSource? ReadSource(string revision, BriefLocation location, string slug, DiagnosticBag diagnostics)
    {
        var bag = new DiagnosticBag();
        var old = RedlineSource.Read(revision, location.BriefPath, slug, bag);
        if (old is null && bag.FirstOrDefault(d => d.Severity == Severity.Error) is { } why)
            diagnostics.Warning(DiagnosticCodes.DiffSideUnreadable, $"no redline for this brief: at {revision} {why.Message}", new SourceSpan(location.DisplayPath, 1, 1));
        return old;
    }

    /// <summary>The redline edition of one template's DOCX: the old brief goes through the same template, the two trees
    /// are compared, and the new tree is written with the differences as tracked changes.</summary>
    public static IEnumerable<RenderedFile> Render(Brief brief, string name, TemplateInfo template, TemplateCatalog catalog,
        BuildOptions options, PreparedDocument current, IDocumentRenderer renderer, RedlineSource old, DiagnosticBag diagnostics)
    {
        var oldBag = new DiagnosticBag();
        var before = PreparedDocument.Prepare(old.Brief, template, catalog, options, oldBag);
        if (before is null)
        {
            var why = oldBag.FirstOrDefault(d => d.Severity == Severity.Error)?.ToString() ?? "it does not build";
            diagnostics.Warning(DiagnosticCodes.DiffSideUnreadable, $"no redline for template '{name}': the brief at {options.RedlineRevision} does not build ({why})", brief.SpanOf("title"));
            yield break;
        }
        var marks = RedlineBuilder.Compare(before.Document, current.Document, old.Author, old.Date);
        diagnostics.AddRange(current.Locator is null ? marks.Warnings : marks.Warnings.Select(current.Locator.Locate));
        // The normal DOCX already reported what rendering found; the redline's own bag is not repeated.
        var bytes = renderer.Render(current.Document, current.Context with { Diagnostics = new DiagnosticBag(), Redline = marks });
        yield return new RenderedFile(Path.Combine(options.OutputFolder, brief.Slug, $"{name}.redline.docx"), "docx", bytes, null);
    }
}
