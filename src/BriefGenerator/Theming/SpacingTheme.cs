namespace BriefGenerator.Theming;

/// <summary>Vertical rhythm and indents, in points.</summary>
public sealed record SpacingTheme
{
    public double ParagraphAfter { get; init; } = 6;
    public double HeadingBefore { get; init; } = 16;
    public double HeadingAfter { get; init; } = 6;
    public double ListIndent { get; init; } = 18;
    public double ListItemAfter { get; init; } = 3;
    public double BlockGap { get; init; } = 10;
    public double CalloutPadding { get; init; } = 10;
}
