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
    /// <summary>How far, in points, a table too wide for the text column may reach into the right margin (theme key
    /// <c>table.breakout</c>, 0–288), never past the point where the right margin is as narrow as the left one
    /// (see <see cref="BreakoutOn"/>). 0 keeps every table in the text column. Only top-level tables break out;
    /// tables inside lists, quotes and callouts keep their column.</summary>
    public double Breakout { get; init; } = 80;

    /// <summary>The breakout on <paramref name="page"/>: <see cref="Breakout"/>, but no more than the right margin is
    /// wider than the left, so a page with even margins keeps tables in the text column.</summary>
    public double BreakoutOn(PageSetup page) => Math.Max(0, Math.Min(Breakout, page.MarginRight - page.MarginLeft));
}
