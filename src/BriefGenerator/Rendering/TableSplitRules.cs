using BriefGenerator.Theming;

namespace BriefGenerator.Rendering;

/// <summary>Where a table may break across pages, the same in PDF and DOCX: a short table stays whole, and a split
/// leaves at least <see cref="TableTheme.MinRowsSplit"/> body rows on each side of it.</summary>
public static class TableSplitRules
{
    /// <summary>A table with at most this many body rows is never split when it fits on a page: it moves whole.</summary>
    public const int KeepWholeRows = 8;

    /// <summary>True when a table of <paramref name="rows"/> body rows is kept in one piece.</summary>
    public static bool KeepWhole(int rows) => rows <= KeepWholeRows;

    /// <summary>Rows on each side of a split (at least 1).</summary>
    public static int MinRows(TableTheme table) => Math.Max(1, table.MinRowsSplit);
}
