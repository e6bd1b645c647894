namespace BriefGenerator.Theming;

/// <summary>How comparison tables look in both formats.</summary>
public sealed record TableTheme
{
    public string HeaderFill { get; init; } = "#1F4E79";
    public string HeaderText { get; init; } = "#FFFFFF";
    /// <summary>Fill of every second body row; empty for no striping.</summary>
    public string ZebraFill { get; init; } = "#F2F5F8";
    public string Rule { get; init; } = "#B7C2CC";
    public double RuleWidth { get; init; } = 0.5;
    public double CellPadding { get; init; } = 4;
    /// <summary>Fewest body rows left on each side of a page break inside a table (theme key
    /// <c>table.min_rows_split</c>, 1–10); a table that cannot keep them moves to the next page.</summary>
    public int MinRowsSplit { get; init; } = 2;
}
