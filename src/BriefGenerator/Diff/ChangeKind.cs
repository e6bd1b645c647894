namespace BriefGenerator.Diff;

/// <summary>What happened to one item between the old and the new brief.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new brief.</summary>
    Added,
    /// <summary>Only in the old brief.</summary>
    Removed,
    /// <summary>In both, with different text or values.</summary>
    Changed,
    /// <summary>A section now stands elsewhere among its siblings.</summary>
    Moved,
    /// <summary>A section with a new title (its content mostly the same).</summary>
    Retitled,
    /// <summary>A table column with a new header (its cells mostly the same).</summary>
    Renamed,
}
