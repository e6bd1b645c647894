namespace BriefGenerator.Diff;

/// <summary>The differences between two briefs, in reading order, with the names of the two sides.</summary>
public sealed record DiffReport(string OldName, string NewName, IReadOnlyList<Change> Changes)
{
    /// <summary>The counts by kind.</summary>
    public DiffSummary Summary { get; } = DiffSummary.Of(Changes);

    /// <summary>True when the two briefs read the same.</summary>
    public bool IsEqual => Changes.Count == 0;
}
