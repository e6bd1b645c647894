namespace BriefGenerator.Theming;

/// <summary>Colours as <c>#RRGGBB</c>.</summary>
public sealed record ColorTheme
{
    public string Text { get; init; } = "#1A1A1A";
    public string Accent { get; init; } = "#1F4E79";
    public string Muted { get; init; } = "#5A6570";
    public string Link { get; init; } = "#1F5FA8";
    public string CalloutFill { get; init; } = "#EAF1F8";
    public string CalloutRule { get; init; } = "#1F4E79";
    public string QuoteRule { get; init; } = "#9AA8B5";
}
