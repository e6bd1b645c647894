namespace BriefGenerator.Diff;

/// <summary>A heading and the blocks up to the next heading (the lede has id "" and title "").</summary>
/// <param name="Level">1 for <c>##</c>, 2 for <c>###</c>, 0 for the lede.</param>
public sealed record SnapshotSection(string Id, string Title, int Level, int Line, IReadOnlyList<SnapshotBlock> Blocks);
