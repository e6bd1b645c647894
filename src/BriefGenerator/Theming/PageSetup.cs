namespace BriefGenerator.Theming;

/// <summary>Page size and margins, in points (1/72 inch). Defaults: A4 portrait, 2 cm side margins.</summary>
public sealed record PageSetup
{
    public double Width { get; init; } = 595.28;
    public double Height { get; init; } = 841.89;
    public double MarginTop { get; init; } = 64;
    public double MarginBottom { get; init; } = 64;
    public double MarginLeft { get; init; } = 62;
    public double MarginRight { get; init; } = 62;

    /// <summary>Width of the text column.</summary>
    public double ContentWidth => Width - MarginLeft - MarginRight;

    /// <summary>Height of the text area.</summary>
    public double ContentHeight => Height - MarginTop - MarginBottom;
}
