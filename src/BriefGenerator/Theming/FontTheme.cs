namespace BriefGenerator.Theming;

/// <summary>Font families and sizes (points). Families must be ones the <see cref="FontLibrary"/> has.</summary>
public sealed record FontTheme
{
    public string Body { get; init; } = "Noto Serif";
    public string Heading { get; init; } = "Noto Sans";
    public string Mono { get; init; } = "Noto Sans Mono";
    public double BodySize { get; init; } = 10.5;
    public double TitleSize { get; init; } = 26;
    public double SubtitleSize { get; init; } = 14;
    public double H1Size { get; init; } = 16;
    public double H2Size { get; init; } = 13;
    public double H3Size { get; init; } = 11.5;
    public double TableSize { get; init; } = 9;
    public double CaptionSize { get; init; } = 9.5;
    public double SmallSize { get; init; } = 8.5;

    /// <summary>Line height as a multiple of the font size.</summary>
    public double LineHeight { get; init; } = 1.35;
}
