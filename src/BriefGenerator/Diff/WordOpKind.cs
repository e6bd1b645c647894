namespace BriefGenerator.Diff;

/// <summary>What a run of words did between the old and the new text.</summary>
public enum WordOpKind
{
    /// <summary>In both texts.</summary>
    Equal,
    /// <summary>Only in the new text.</summary>
    Insert,
    /// <summary>Only in the old text.</summary>
    Delete,
}
