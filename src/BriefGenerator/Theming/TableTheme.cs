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
}
