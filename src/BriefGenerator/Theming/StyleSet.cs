namespace BriefGenerator.Theming;

/// <summary>Every named style of a brief, resolved once from the theme by <see cref="StyleResolver"/>. The PDF and
/// DOCX renderers both map this set and hold no style numbers of their own: if the formats differ, one is wrong.</summary>
public sealed record StyleSet
{
    /// <summary>Body paragraphs (and list items).</summary>
    public required StyleRole Body { get; init; }
    /// <summary>The opening paragraph of the brief, set apart from the body.</summary>
    public required StyleRole Lede { get; init; }
    /// <summary>The brief's title (on the cover, or first on the page).</summary>
    public required StyleRole Title { get; init; }
    /// <summary>The subtitle under the title (<c>{.subtitle}</c>).</summary>
    public required StyleRole Subtitle { get; init; }
    /// <summary>Section headings, levels 1 to 3.</summary>
    public required StyleRole H1 { get; init; }
    /// <inheritdoc cref="H1"/>
    public required StyleRole H2 { get; init; }
    /// <inheritdoc cref="H1"/>
    public required StyleRole H3 { get; init; }
    /// <summary>Block quotes.</summary>
    public required StyleRole Quote { get; init; }
    /// <summary>Text inside a callout box.</summary>
    public required StyleRole Callout { get; init; }
    /// <summary>A callout box's title.</summary>
    public required StyleRole CalloutTitle { get; init; }
    /// <summary>Table and figure captions.</summary>
    public required StyleRole Caption { get; init; }
    /// <summary>Table header cells.</summary>
    public required StyleRole TableHeader { get; init; }
    /// <summary>Table body cells.</summary>
    public required StyleRole TableCell { get; init; }
    /// <summary>Footnotes and endnotes.</summary>
    public required StyleRole Footnote { get; init; }
    /// <summary>The running header.</summary>
    public required StyleRole RunningHead { get; init; }
    /// <summary>The running footer.</summary>
    public required StyleRole RunningFoot { get; init; }
    /// <summary>Cover: the organisation's name, at the top of the cover (<c>{.organization}</c>).</summary>
    public required StyleRole CoverOrganization { get; init; }
    /// <summary>Cover: the series and number, e.g. "Policy Brief No. 14" (<c>{.series}</c>).</summary>
    public required StyleRole CoverSeries { get; init; }
    /// <summary>Cover: the authors (<c>{.authors}</c>).</summary>
    public required StyleRole CoverAuthors { get; init; }
    /// <summary>Cover (or anywhere): the date line (<c>{.date}</c>).</summary>
    public required StyleRole CoverDate { get; init; }
    /// <summary>Back page text: about the authors, how to cite, licence, keywords (<c>{.back}</c>).</summary>
    public required StyleRole BackText { get; init; }
    /// <summary>Geometry of the page furniture.</summary>
    public required PageFurniture Furniture { get; init; }

    /// <summary>Every role, in a stable order (for mapping and comparing).</summary>
    public IReadOnlyList<StyleRole> All => new[]
    {
        Body, Lede, Title, Subtitle, H1, H2, H3, Quote, Callout, CalloutTitle, Caption, TableHeader, TableCell, Footnote,
        RunningHead, RunningFoot, CoverOrganization, CoverSeries, CoverAuthors, CoverDate, BackText,
    };

    /// <summary>The heading role of a level: 0 is the title, 1–3 are H1–H3 (deeper levels use H3).</summary>
    public StyleRole Heading(int level) => level switch { <= 0 => Title, 1 => H1, 2 => H2, _ => H3 };

    /// <summary>The role a paragraph's style class asks for (<c>{.lede}</c>, <c>{.subtitle}</c>, <c>{.date}</c>,
    /// <c>{.authors}</c>, <c>{.organization}</c>, <c>{.series}</c>, <c>{.back}</c>, <c>{.title}</c>); null for none.</summary>
    public StyleRole? ForClass(string? styleClass) => styleClass?.ToLowerInvariant() switch
    {
        "lede" => Lede,
        "subtitle" => Subtitle,
        "date" => CoverDate,
        "authors" => CoverAuthors,
        "organization" or "organisation" => CoverOrganization,
        "series" => CoverSeries,
        "back" => BackText,
        "title" => Title,
        _ => null,
    };
}
