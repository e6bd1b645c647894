namespace BriefGenerator.Diff;

/// <summary>A compact, template-independent picture of one brief's content: what <c>brief diff</c> compares and what a
/// build keeps beside its cache to report what changed since the previous build. Plain text only (no styling), so two
/// snapshots differ exactly when a reader would see a difference in the words, the structure, the tables, the notes or
/// the links.</summary>
/// <param name="Fields">Front matter fields in a fixed order (absent fields left out).</param>
/// <param name="Sections">The lede (id "", title "") then one entry per heading, in document order.</param>
/// <param name="Notes">Notes by their label, in number order.</param>
/// <param name="Links">External links in the body and the notes, in document order.</param>
public sealed record BriefSnapshot(
    IReadOnlyList<SnapshotField> Fields,
    IReadOnlyList<SnapshotSection> Sections,
    IReadOnlyList<SnapshotNote> Notes,
    IReadOnlyList<SnapshotLink> Links)
{
    /// <summary>Page counts of the outputs made from this content, by file name (<c>policy-brief.pdf</c> → 6); set by the
    /// build, empty for <c>brief diff</c>.</summary>
    public IReadOnlyDictionary<string, int> Pages { get; init; } = new Dictionary<string, int>();
}
