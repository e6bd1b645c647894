using BriefGenerator.Diff;

namespace BriefGenerator.Build;

/// <summary>What changed in one brief since the previous build of it into the same output folder.</summary>
/// <param name="HasPrevious">False on the first build (or when the previous snapshot is missing or unreadable): then
/// nothing is compared.</param>
/// <param name="Summary">Counts of what changed in the content.</param>
/// <param name="PagesBefore">Page counts of the previous build's outputs by file name (<c>policy-brief.pdf</c>).</param>
/// <param name="PagesAfter">Page counts of this build's outputs by file name.</param>
public sealed record BuildChanges(bool HasPrevious, DiffSummary Summary, IReadOnlyDictionary<string, int> PagesBefore, IReadOnlyDictionary<string, int> PagesAfter)
{
    /// <summary>True when the content or a page count changed since the previous build.</summary>
    public bool Any => HasPrevious && (!Summary.IsEmpty || !PagesBefore.OrderBy(p => p.Key).SequenceEqual(PagesAfter.OrderBy(p => p.Key)));

    /// <summary>"2 paragraphs, 3 table cells changed; 6 → 7 pages" (pages of the first PDF, else the first output).</summary>
    public string Describe()
    {
        var text = Summary.IsEmpty ? "no content changes" : Summary.Describe();
        var file = PagesAfter.Keys.FirstOrDefault(k => k.EndsWith(".pdf", StringComparison.Ordinal)) ?? PagesAfter.Keys.FirstOrDefault();
        if (file is null) return text;
        var after = PagesAfter[file];
        return PagesBefore.TryGetValue(file, out var before) && before != after
            ? $"{text}; {before} → {after} pages"
            : $"{text}; {after} page{(after == 1 ? "" : "s")}";
    }
}
