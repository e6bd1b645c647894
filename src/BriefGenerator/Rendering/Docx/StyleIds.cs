namespace BriefGenerator.Rendering.Docx;

/// <summary>The style ids the writers apply. Ids and names follow Word's built-in styles where one exists, so a
/// reader (and a reference.docx, pandoc's convention) recognises them by name.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string BodyText = "BodyText";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Subtitle = "Subtitle";
    public const string CoverRule = "CoverRule";
    public const string Date = "Date";
    public const string Authors = "Authors";
    public const string Organization = "Organization";
    public const string Series = "Series";
    public const string CoverAuthors = "CoverAuthors";
    public const string CoverDate = "CoverDate";
    public const string BackText = "BackMatter";
    public const string Lede = "Lede";
    public const string Caption = "Caption";
    public const string CaptionLabel = "CaptionLabel";
    public const string Quote = "Quote";
    public const string Callout = "Callout";
    public const string CalloutTitle = "CalloutTitle";
    public const string ListParagraph = "ListParagraph";
    public const string DefinitionTerm = "DefinitionTerm";
    public const string Definition = "Definition";
    public const string TableText = "TableText";
    public const string TableTextKeep = "TableTextKeep";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TocHeading = "TOCHeading";
    public const string Hyperlink = "Hyperlink";
    public const string Verbatim = "VerbatimChar";
    public const string BriefTable = "BriefTable";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string NormalTable = "TableNormal";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string EndnoteText = "EndnoteText";
    public const string EndnoteReference = "EndnoteReference";
    public const string Bibliography = "Bibliography";

    /// <summary><c>Heading1</c>..<c>Heading3</c> for section levels 1..3; level 0 is the <see cref="Title"/>.</summary>
    public static string Heading(int level) => level switch { <= 0 => Title, 1 => Heading1, 2 => Heading2, _ => Heading3 };

    /// <summary><c>TOC1</c>..<c>TOC3</c>.</summary>
    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3);

    /// <summary>The paragraph style for a paragraph's style class (cover lines, lede); body text otherwise.</summary>
    public static string ForClass(string? styleClass) => styleClass?.ToLowerInvariant() switch
    {
        "subtitle" => Subtitle,
        "date" => Date,
        "authors" => Authors,
        "organization" or "organisation" => Organization,
        "lede" => Lede,
        "series" => Series,
        "back" => BackText,
        "title" => Title,
        _ => BodyText,
    };
}
