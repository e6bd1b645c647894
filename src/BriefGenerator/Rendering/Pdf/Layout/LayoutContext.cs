using BriefGenerator.Diagnostics;
using BriefGenerator.Hyphenation;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>State shared by the elements of one layout pass.</summary>
internal sealed class LayoutContext
{
    /// <param name="language">The brief's BCP 47 language: body paragraphs are hyphenated by it when the theme says so.</param>
    public LayoutContext(Theme theme, FontSet fonts, DiagnosticBag diagnostics, string? language = null)
    {
        Theme = theme;
        Fonts = fonts;
        Diagnostics = diagnostics;
        Styles = StyleResolver.Resolve(theme);
        Breaker = new LineBreaker(fonts, theme.Fonts.LineHeight);
        Paragraphs = new ParagraphSettings(theme.Hyphenates() ? HyphenationLanguages.For(language) : null,
            theme.JustifyMaxStretch, theme.Fonts.Mono);
    }

    /// <summary>How body paragraphs are set: hyphenation, total fit, the stretch of justified spaces.</summary>
    public ParagraphSettings Paragraphs { get; }

    public Theme Theme { get; }

    /// <summary>True when the brief's language reads right to left: its text blocks are set right to left
    /// (<see cref="BidiLine"/>).</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The figures' images by path as written (shared with the DOCX renderer, decoded once).</summary>
    public IReadOnlyDictionary<string, Images.LoadedImage> Images { get; init; } = new Dictionary<string, Images.LoadedImage>();

    /// <summary>The theme's logo, or null.</summary>
    public Images.LoadedImage? Logo { get; init; }

    /// <summary>The brief's organisation (the logo's alt text names it); null when not given.</summary>
    public string? Organization { get; init; }

    /// <summary>The theme's named styles, which the PDF maps as they are.</summary>
    public StyleSet Styles { get; }
    public FontSet Fonts { get; }

    /// <summary>The font library the fonts come from.</summary>
    public FontLibrary Library => Fonts.Library;
    public LineBreaker Breaker { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The page being laid out (0-based).</summary>
    public int PageIndex { get; set; }

    /// <summary>Pages that hold a cover block: no running header or footer there.</summary>
    public HashSet<int> CoverPages { get; } = new();

    /// <summary>Set when the element is first on an empty page: it must place something even if rules
    /// (keep-with-next, orphans, rows not split) say otherwise, or layout would never end.</summary>
    public bool Force { get; set; }

    /// <summary>Where link targets landed (the contents list's page numbers): set once the layout is done, so only
    /// drawing deferred with <see cref="IPdfCanvas.Later"/> reads it.</summary>
    public IReadOnlyDictionary<string, PageAnchor> Anchors { get; set; } = new Dictionary<string, PageAnchor>();

    /// <summary>Number of pages ("Page N of M"): set when the page loop ends, so only deferred drawing reads it.</summary>
    public int PageCount { get; set; }

    /// <summary>The footnotes of the page being laid out; null when the theme sets notes as endnotes.</summary>
    public FootnoteArea? Notes { get; set; }

    /// <summary>Height of the text area of a page.</summary>
    public double ContentHeight => Theme.Page.ContentHeight;
}
