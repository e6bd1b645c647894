using System.Text.Json;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;

namespace BriefGenerator.Build;

/// <summary>Keeps one compact snapshot per brief beside the build cache (<c>&lt;out&gt;/.brief-cache/&lt;slug&gt;.json</c>)
/// and compares each build with the previous one. The file is rewritten only when it changed, so a rebuild of unchanged
/// content costs one read, one parse of the body and one byte comparison.</summary>
public static class SnapshotStore
{
    /// <summary>The folder beside <see cref="BuildCache.FileName"/> that holds the snapshots.</summary>
    public const string FolderName = ".brief-cache";

    /// <summary>Compares this build of <paramref name="brief"/> with the previous one and stores this one; null when the
    /// brief cannot be snapshotted (it changed on disk under the build, say).</summary>
    public static BuildChanges? Record(string outputFolder, Brief brief, string briefPath, IReadOnlyDictionary<string, int> pages) =>
        Record(outputFolder, brief, Take(brief, briefPath), pages);

    /// <summary>The snapshot of <paramref name="brief"/> without its page counts (it reads and parses the brief's body
    /// again, so a build takes it while the brief renders); null when the brief cannot be snapshotted.</summary>
    public static BriefSnapshot? Take(Brief brief, string briefPath)
    {
        var quiet = new DiagnosticBag();
        var text = SourceText.Read(briefPath, brief.SourcePath, quiet, limit: SourceText.MaxBriefBytes);
        return text is null ? null : SnapshotBuilder.FromBrief(brief, text, brief.SourcePath, quiet);
    }

    /// <summary><see cref="Record(string, Brief, string, IReadOnlyDictionary{string, int})"/> with the snapshot already
    /// taken (<see cref="Take"/>).</summary>
    public static BuildChanges? Record(string outputFolder, Brief brief, BriefSnapshot? taken, IReadOnlyDictionary<string, int> pages)
    {
        if (taken is not { } current) return null;
        current = current with { Pages = pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value) };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(current, SnapshotJson.Default.BriefSnapshot);
        var path = Path.Combine(outputFolder, FolderName, brief.Slug + ".json");
        var previousBytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (previousBytes is not null && previousBytes.AsSpan().SequenceEqual(bytes))
            return new BuildChanges(true, DiffSummary.Of(Array.Empty<Change>()), current.Pages, current.Pages);
        var previous = Read(previousBytes);
        AtomicFile.Write(path, bytes);
        if (previous is null) return new BuildChanges(false, DiffSummary.Of(Array.Empty<Change>()), new Dictionary<string, int>(), current.Pages);
        var report = DocumentDiffer.Compare(previous, current, "previous build", "this build");
        return new BuildChanges(true, report.Summary, previous.Pages, current.Pages);
    }

    private static BriefSnapshot? Read(byte[]? bytes)
    {
        if (bytes is null) return null;
        try { return JsonSerializer.Deserialize(bytes, SnapshotJson.Default.BriefSnapshot); }
        catch (Exception ex) when (ex is JsonException or NotSupportedException) { return null; }
    }
}
