namespace BriefGenerator.Theming;

/// <summary>One named style of the <see cref="StyleSet"/>: everything a renderer needs to set a kind of text, resolved
/// from the theme once. Both renderers map these numbers as they are, so a role looks the same in PDF and DOCX.</summary>
public sealed record StyleRole
{
    /// <summary>The role's name, e.g. "H2" or "Lede" (the DOCX style of the role carries the matching style id).</summary>
    public required string Name { get; init; }

    /// <summary>Font family as the theme names it, e.g. "Noto Serif".</summary>
    public required string Family { get; init; }

    /// <summary>Bold and/or italic.</summary>
    public FontStyle FontStyle { get; init; }

    /// <summary>Font size in points.</summary>
    public required double Size { get; init; }

    /// <summary>Text colour, <c>#RRGGBB</c>.</summary>
    public required string Color { get; init; }

    /// <summary>Line height as a multiple of <see cref="Size"/>.</summary>
    public double LineHeight { get; init; } = 1.35;

    /// <summary>Space before the paragraph, points.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space after the paragraph, points.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>Indent of the text from the left edge of the text column, points.</summary>
    public double IndentLeft { get; init; }

    /// <summary>Indent of the text from the right edge of the text column, points.</summary>
    public double IndentRight { get; init; }

    /// <summary>Never the last thing on a page: stays with what follows (headings, captions).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Never split across pages (headings, titles).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Bold face.</summary>
    public bool Bold => FontStyle.HasFlag(FontStyle.Bold);

    /// <summary>Italic face.</summary>
    public bool Italic => FontStyle.HasFlag(FontStyle.Italic);
}
