using BriefGenerator.Hyphenation;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class StyleSheetBuilder
{
    // Styles whose paragraphs the PDF does not hyphenate although they derive from Body Text.
    private static readonly string[] Unhyphenated = { StyleIds.Lede, StyleIds.BackText, StyleIds.CalloutTitle, StyleIds.DefinitionTerm };

    /// <summary>True when the DOCX asks Word to hyphenate: the theme hyphenates (<see cref="Theme.Hyphenates"/>) and
    /// the brief's language has patterns the PDF hyphenates by, so both formats hyphenate the same paragraphs.</summary>
    public static bool Hyphenates(Theme theme, string language) =>
        theme.Hyphenates() && HyphenationLanguages.PatternSetFor(language) is not null;

    // As the PDF: Body Text and the styles built on it (lists, quotes, callouts, definitions) are hyphenated; headings,
    // titles, captions, tables, notes, the lede and the back page are not (Normal suppresses it, Body Text lifts that).
    private static void MarkHyphenation(Styles styles, Theme theme, string language)
    {
        if (!Hyphenates(theme, language)) return;
        foreach (var style in styles.Elements<Style>())
        {
            bool? suppress = style.StyleId?.Value switch
            {
                StyleIds.Normal => true,
                StyleIds.BodyText => false,
                var id when Unhyphenated.Contains(id) => true,
                _ => null,
            };
            if (suppress is null) continue;
            style.StyleParagraphProperties ??= new StyleParagraphProperties();
            style.StyleParagraphProperties.SuppressAutoHyphens = new SuppressAutoHyphens { Val = suppress.Value };
        }
    }
}
