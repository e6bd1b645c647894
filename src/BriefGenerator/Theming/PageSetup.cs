namespace BriefGenerator.Theming;

/// <summary>Page size and margins, in points (1/72 inch). Defaults: A4 portrait with a wide right margin, so that a
/// line of 10.5 pt body text holds 60–75 characters (the measure briefs read at); 62 pt margins would give about 88.</summary>
public sealed record PageSetup
{
    public double Width { get; init; } = 595.28;
    public double Height { get; init; } = 841.89;
    public double MarginTop { get; init; } = 64;
    public double MarginBottom { get; init; } = 64;
    public double MarginLeft { get; init; } = 70;
    public double MarginRight { get; init; } = 150;

    /// <summary>Width of the text column.</summary>
    public double ContentWidth => Width - MarginLeft - MarginRight;

    /// <summary>Height of the text area.</summary>
    public double ContentHeight => Height - MarginTop - MarginBottom;
}
