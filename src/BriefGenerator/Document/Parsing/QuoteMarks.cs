namespace BriefGenerator.Document.Parsing;

/// <summary>The quotation marks of a language: outer (double) and inner (single) pairs, and the apostrophe.
/// French sets a narrow no-break space (U+202F) inside its guillemets, as French typesetting does.</summary>
internal sealed record QuoteMarks(string OpenDouble, string CloseDouble, string OpenSingle, string CloseSingle)
{
    /// <summary>The apostrophe (’) in every language.</summary>
    public const char Apostrophe = '\u2019';

    /// <summary>“ ” ‘ ’ — English and the default for languages without an entry.</summary>
    public static QuoteMarks English { get; } = new("\u201C", "\u201D", "\u2018", "\u2019");

    /// <summary>The marks for a BCP 47 tag: « » for French and Russian, „ “ for German, else English.</summary>
    public static QuoteMarks For(string language)
    {
        var primary = language.Split('-', 2)[0].ToLowerInvariant();
        return primary switch
        {
            "fr" => new("\u00AB\u202F", "\u202F\u00BB", "\u2039\u202F", "\u202F\u203A"),
            "ru" => new("\u00AB", "\u00BB", "\u201E", "\u201C"),
            "de" => new("\u201E", "\u201C", "\u201A", "\u2018"),
            _ => English,
        };
    }
}
