namespace BriefGenerator.Theming;

/// <summary>The look of a brief, shared by the PDF and DOCX renderers so both formats look like siblings.
/// Loaded from <c>templates/&lt;name&gt;/theme.yaml</c> (snake_case keys); anything not given keeps its default.</summary>
public sealed record Theme
{
    public PageSetup Page { get; init; } = new();
    public FontTheme Fonts { get; init; } = new();
    public ColorTheme Colors { get; init; } = new();
    public SpacingTheme Spacing { get; init; } = new();
    public TableTheme Table { get; init; } = new();

    /// <summary>Running header text; <c>{short_title}</c> and <c>{title}</c> are replaced. Empty for none.</summary>
    public string Header { get; init; } = "{short_title}";

    /// <summary>Running footer text; <c>{page}</c> and <c>{pages}</c> are replaced. Empty for none.</summary>
    public string Footer { get; init; } = "Page {page} of {pages}";

    /// <summary>Justify body paragraphs (true) or set them ragged right (false).</summary>
    public bool Justify { get; init; } = false;

    /// <summary>Hyphenate body paragraphs by the brief's language (TeX patterns; en, ru, de, fr). Null (not given):
    /// hyphenate when <see cref="Justify"/> is on.</summary>
    public bool? Hyphenate { get; init; }

    /// <summary>How far a justified line's spaces may grow, as a fraction of their width (1: up to twice as wide). A
    /// line that would need more is set with this much and left short of the right edge.</summary>
    public double JustifyMaxStretch { get; init; } = 1.0;

    /// <summary>True when body paragraphs are hyphenated: <see cref="Hyphenate"/> if given, else <see cref="Justify"/>.</summary>
    public bool Hyphenates() => Hyphenate ?? Justify;

    /// <summary>Set straight quotes, <c>--</c>, <c>---</c> and <c>...</c> typographically (“ ” ’ – — …, by the brief's
    /// language); never inside code. <c>smart_quotes: false</c> keeps the text as typed.</summary>
    public bool SmartQuotes { get; init; } = true;

    /// <summary>Put a table of contents after the cover.</summary>
    public bool Toc { get; init; } = false;

    /// <summary>Most pages the template is meant to fill (a one-pager says 1); a longer PDF is a BG041 warning. Null: no limit.</summary>
    public int? MaxPages { get; init; }

    /// <summary>How the DOCX embeds its fonts: <c>auto</c> (the default: whole when the face is at most
    /// <see cref="FontEmbedding.FullLimit"/> bytes, else a subset), <c>full</c>, <c>subset</c>, <c>used</c> or <c>none</c>.</summary>
    public string EmbedFonts { get; init; } = FontEmbedding.Auto;

    /// <summary>Optional reference.docx (relative to the template folder) whose styles the DOCX writer takes by name.</summary>
    public string? ReferenceDocx { get; init; }

    /// <summary>Where notes go: <c>footnotes</c> (the default: at the foot of the page that refers to them) or
    /// <c>endnotes</c> (collected before the back matter in the PDF; Word's endnotes in the DOCX).</summary>
    public string Notes { get; init; } = "footnotes";

    /// <summary>True when <see cref="Notes"/> says <c>endnotes</c>.</summary>
    public bool NotesAsEndnotes() => string.Equals(Notes, "endnotes", StringComparison.OrdinalIgnoreCase);

    /// <summary>The organisation's logo (PNG, JPEG or SVG), a path relative to the template folder that must stay inside
    /// it: drawn on the cover and in the running head of both formats. Null for none.</summary>
    public string? Logo { get; init; }

    /// <summary>The logo's width on the cover, in points (12–400); the running head sets it at a third of that (at most
    /// the head's text height × 4), height from its aspect ratio.</summary>
    public double LogoWidth { get; init; } = 90;

    /// <summary>The logo read and checked when the theme loaded (not a YAML key).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public Images.LoadedImage? LogoImage { get; init; }

    /// <summary>The defaults used when a template has no theme.yaml.</summary>
    public static Theme Default { get; } = new();
}
