namespace BriefGenerator.Charts;

/// <summary>Why a table's data cannot be charted: a diagnostic code, a message, and the body row and column of the cell
/// at fault (both -1 when the fault is in the caption's attributes).</summary>
public sealed record ChartProblem(string Code, string Message, int Row = -1, int Column = -1)
{
    /// <summary>True when the problem is in a cell rather than in the caption.</summary>
    public bool InCell => Row >= 0 && Column >= 0;
}
