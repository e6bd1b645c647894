using BriefGenerator.Content;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Import;

/// <summary>Runs an import end to end: checks the slug and target, reads the raw file, converts it, checks that
/// the result loads as a brief with no diagnostics, and writes <c>&lt;content&gt;/&lt;slug&gt;/brief.md</c>.
/// Problems are diagnostics; nothing is written when there is an error.</summary>
public static class ImportRunner
{
    /// <summary>Runs the import; null after reporting errors.</summary>
    public static ImportedFile? Run(ImportRequest request, DiagnosticBag diagnostics)
    {
        if (!Identifiers.IsValidSlug(request.Slug))
        {
            diagnostics.Error(DiagnosticCodes.SlugInvalid, $"'{request.Slug}' is not a valid slug: use lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]*)", SourceSpan.None);
            return null;
        }
        var content = Path.GetFullPath(request.ContentFolder);
        if (!Directory.Exists(content))
        {
            diagnostics.Error(DiagnosticCodes.ImportFailed, $"content folder '{request.ContentFolder}' does not exist; run from the project folder or pass --content", SourceSpan.None);
            return null;
        }
        var folder = Path.Combine(content, request.Slug);
        var target = Path.Combine(folder, ContentLoader.FileName);
        var display = DisplayPath.For(target);
        var at = new SourceSpan(display, 1, 1);
        if (!Path.GetFullPath(target).StartsWith(Path.TrimEndingDirectorySeparator(content) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is not null))
        {
            diagnostics.Error(DiagnosticCodes.ImportFailed, $"refusing to write outside the content folder '{request.ContentFolder}'", at);
            return null;
        }
        var exists = File.Exists(target) || Directory.Exists(target);
        if (exists && !request.Force)
        {
            diagnostics.Error(DiagnosticCodes.BriefExists, $"{display} already exists; pass --force to overwrite it", at);
            return null;
        }

        var source = DisplayPath.For(Path.GetFullPath(request.SourcePath));
        var raw = SourceText.Read(request.SourcePath, source, diagnostics);
        if (raw is null) return null;
        var brief = ArticleImporter.Convert(raw, request.Options, source, diagnostics);
        if (brief is null) return null;

        var check = new DiagnosticBag();
        ContentLoader.LoadText(brief.Text, request.Slug, display, check);
        diagnostics.AddRange(check);
        if (check.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.ImportFailed, "the imported brief would not load (see above); nothing was written", at);
            return null;
        }

        var createdFolder = !Directory.Exists(folder);
        try { BriefFileWriter.Write(target, brief.Text, overwrite: request.Force); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (createdFolder && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
            var code = File.Exists(target) && !request.Force ? DiagnosticCodes.BriefExists : DiagnosticCodes.ImportFailed;
            diagnostics.Error(code, $"cannot write {display}: {ex.Message}", at);
            return null;
        }
        return new ImportedFile(target, display, brief, exists);
    }
}
