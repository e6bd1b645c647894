using System.Text;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Diff;

/// <summary>Reads a brief as it was at a git revision (<c>git cat-file</c>, no checkout): the revision must name a
/// commit, the path must lie inside the repository of the working folder, and the file gets the same checks as any
/// input (size, binary, UTF-8, control characters).</summary>
public static class GitRevisionReader
{
    /// <summary>The text of <paramref name="path"/> (a brief file, or a folder holding brief.md) at <paramref name="revision"/>;
    /// null after reporting an error. The repository is the one holding <paramref name="workingFolder"/> (default: the
    /// current folder).</summary>
    public static string? Read(string revision, string path, DiagnosticBag diagnostics, out string display, out string slug, string? workingFolder = null)
    {
        display = $"{revision}:{path}";
        slug = "brief";
        void Fail(string message) => diagnostics.Error(DiagnosticCodes.DiffSideUnreadable, message, SourceSpan.None);
        if (revision.StartsWith('-') || revision.Length == 0) { Fail($"'{revision}' is not a revision"); return null; }

        var top = GitProcess.Run(workingFolder ?? Environment.CurrentDirectory, new[] { "rev-parse", "--show-toplevel" });
        if (!top.Started) { Fail("git is not installed, so revisions cannot be read"); return null; }
        if (!top.Ok) { Fail($"the working folder is not inside a git repository, so '{revision}' cannot be read"); return null; }

        // The nearest folder that exists on disk locates the path in the repository (the brief may since have been deleted).
        var full = Path.GetFullPath(path);
        var existing = full;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent) existing = parent;
        var rest = Path.GetRelativePath(existing, full);
        var itsTop = GitProcess.Run(existing, new[] { "rev-parse", "--show-toplevel" });
        var prefix = GitProcess.Run(existing, new[] { "rev-parse", "--show-prefix" });
        if (!itsTop.Ok || !prefix.Ok || itsTop.Text != top.Text)
        {
            Fail($"'{path}' is outside the repository {top.Text}");
            return null;
        }
        var relative = (prefix.Text + (rest == "." ? "" : rest.Replace('\\', '/'))).TrimEnd('/');

        if (!GitProcess.Run(top.Text, new[] { "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}" }).Ok)
        {
            Fail($"unknown revision '{revision}'");
            return null;
        }
        var objectName = $"{revision}:{relative}";
        var type = GitProcess.Run(top.Text, new[] { "cat-file", "-t", objectName });
        if (type.Ok && type.Text == "tree") { relative += "/" + ContentLoader.FileName; objectName = $"{revision}:{relative}"; type = GitProcess.Run(top.Text, new[] { "cat-file", "-t", objectName }); }
        display = objectName;
        slug = DiffSideReader.SlugOf(relative);
        if (!type.Ok || type.Text != "blob") { Fail($"revision '{revision}' has no file '{relative}'"); return null; }

        var size = GitProcess.Run(top.Text, new[] { "cat-file", "-s", objectName });
        var at = new SourceSpan(display, 1, 1);
        if (!size.Ok || !long.TryParse(size.Text, out var bytes)) { Fail($"cannot read '{objectName}': {size.Error}"); return null; }
        if (bytes > SourceText.MaxBriefBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"file is larger than the limit of {SourceText.MaxBriefBytes:N0} bytes ({bytes:N0} bytes)", at);
            return null;
        }
        var blob = GitProcess.Run(top.Text, new[] { "cat-file", "blob", objectName }, SourceText.MaxBriefBytes);
        if (!blob.Ok) { Fail($"cannot read '{objectName}': {blob.Error}"); return null; }
        return Decode(blob.Output, display, diagnostics);
    }

    /// <summary>The checks <see cref="SourceText.Read"/> makes of a file on disk, for bytes from git.</summary>
    private static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var top = new SourceSpan(display, 1, 1);
        if (Array.IndexOf(bytes, (byte)0) >= 0) { diagnostics.Error(DiagnosticCodes.FileUnreadable, "file is binary, not UTF-8 text", top); return null; }
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { diagnostics.Error(DiagnosticCodes.FileUnreadable, "file is not valid UTF-8 text", top); return null; }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) { diagnostics.Error(DiagnosticCodes.FileUnreadable, "file is empty", top); return null; }
        return SourceText.StripControlCharacters(text, display, diagnostics);
    }
}
