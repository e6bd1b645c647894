using System.Globalization;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;

namespace BriefGenerator.Redline;

/// <summary>The brief as it was at the redline's git revision, with the author and date its tracked changes carry:
/// "brief diff since &lt;short hash&gt;" and the revision's commit date, so the same revision gives the same bytes.</summary>
public sealed record RedlineSource(Brief Brief, string Author, DateTimeOffset Date)
{
    /// <summary>Reads <paramref name="briefPath"/> at <paramref name="revision"/> through git (no checkout) and loads it;
    /// null after reporting why in <paramref name="diagnostics"/>.</summary>
    public static RedlineSource? Read(string revision, string briefPath, string slug, DiagnosticBag diagnostics)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(briefPath))!;
        var text = GitRevisionReader.Read(revision, briefPath, diagnostics, out var display, out _, folder);
        if (text is null) return null;
        var brief = ContentLoader.LoadText(text, slug, display, diagnostics);
        if (brief is null || diagnostics.HasErrors) return null;
        var commit = GitProcess.Run(folder, new[] { "show", "-s", "--format=%h%x09%cI", "--end-of-options", revision + "^{commit}" });
        var parts = commit.Text.Split('\t');
        if (!commit.Ok || parts.Length != 2 || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Error(DiagnosticCodes.DiffSideUnreadable, $"cannot read the commit of revision '{revision}': {commit.Error}", SourceSpan.None);
            return null;
        }
        return new RedlineSource(brief, $"brief diff since {parts[0]}", date);
    }

    /// <summary>Whether <paramref name="revision"/> names a commit in the repository holding <paramref name="folder"/>;
    /// the reason when not.</summary>
    public static string? Check(string revision, string folder)
    {
        if (revision.Length == 0 || revision.StartsWith('-')) return $"'{revision}' is not a revision";
        var top = GitProcess.Run(folder, new[] { "rev-parse", "--show-toplevel" });
        if (!top.Started) return "git is not installed, so revisions cannot be read";
        if (!top.Ok) return $"{DisplayPath.For(folder)} is not inside a git repository, so '{revision}' cannot be read";
        return GitProcess.Run(folder, new[] { "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}" }).Ok
            ? null : $"unknown revision '{revision}'";
    }
}
