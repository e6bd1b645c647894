using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The run styles of each kind of text, derived from the theme, and the shaping of inlines into fragments.</summary>
internal sealed class StyleSheet
{
    private readonly LayoutContext _context;

    public StyleSheet(LayoutContext context) => _context = context;

    private Theme Theme => _context.Theme;

    public RunStyle Body => new(Theme.Fonts.Body, FontStyle.Regular, Theme.Fonts.BodySize, Theme.Colors.Text);

    public RunStyle Lede => Body with { Size = Math.Round(Theme.Fonts.BodySize * 1.15, 2), Color = Theme.Colors.Accent };

    public RunStyle Quote => Body with { Style = FontStyle.Italic, Color = Theme.Colors.Muted };

    public RunStyle Heading(int level) => new(Theme.Fonts.Heading, FontStyle.Bold, level switch
    {
        0 => Theme.Fonts.TitleSize,
        1 => Theme.Fonts.H1Size,
        2 => Theme.Fonts.H2Size,
        _ => Theme.Fonts.H3Size,
    }, level >= 3 ? Theme.Colors.Text : Theme.Colors.Accent);

    public RunStyle CoverLine(string? styleClass) => styleClass switch
    {
        "subtitle" => new(Theme.Fonts.Heading, FontStyle.Regular, Theme.Fonts.SubtitleSize, Theme.Colors.Muted),
        "date" => new(Theme.Fonts.Heading, FontStyle.Regular, Theme.Fonts.BodySize + 1, Theme.Colors.Muted),
        "authors" => new(Theme.Fonts.Heading, FontStyle.Bold, Theme.Fonts.BodySize + 1, Theme.Colors.Text),
        "organization" => new(Theme.Fonts.Heading, FontStyle.Regular, Theme.Fonts.BodySize + 1, Theme.Colors.Text),
        _ => Body,
    };

    public RunStyle CalloutTitle => new(Theme.Fonts.Heading, FontStyle.Bold, Theme.Fonts.H3Size, Theme.Colors.Accent);

    public RunStyle Caption => new(Theme.Fonts.Heading, FontStyle.Regular, Theme.Fonts.CaptionSize, Theme.Colors.Text);

    public RunStyle TableHeader => new(Theme.Fonts.Heading, FontStyle.Bold, Theme.Fonts.TableSize, Theme.Table.HeaderText);

    public RunStyle TableCell => new(Theme.Fonts.Heading, FontStyle.Regular, Theme.Fonts.TableSize, Theme.Colors.Text);

    public RunStyle Running => new(Theme.Fonts.Heading, FontStyle.Regular, Theme.Fonts.SmallSize, Theme.Colors.Muted);

    /// <summary>Shapes inlines set in <paramref name="style"/> into fragments (font fallback per character).</summary>
    public List<Fragment> Shape(IEnumerable<Inline> inlines, RunStyle style, SourceSpan span) =>
        Shape(InlineFlattener.Flatten(inlines, style, Theme), span);

    /// <summary>Shapes styled runs into fragments.</summary>
    public List<Fragment> Shape(IEnumerable<StyledRun> runs, SourceSpan span) =>
        runs.SelectMany(r => _context.Fonts.Shape(r, span)).ToList();
}
