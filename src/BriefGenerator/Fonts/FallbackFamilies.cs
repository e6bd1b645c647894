using BriefGenerator.Theming;

namespace BriefGenerator.Fonts;

/// <summary>The one definition of the families a character falls back to when the run's own family lacks it: first
/// the theme's text families, then the bundled Noto Sans, the Arabic and Hebrew faces, the symbol and maths faces (so "≥", "→", "✓" come from a
/// proportional font drawn for them), and only last the monospace families.</summary>
internal static class FallbackFamilies
{
    /// <summary>Bundled Noto Naskh Arabic: Arabic (and Persian, Urdu) text.</summary>
    public const string Arabic = "Noto Naskh Arabic";

    /// <summary>Bundled Noto Sans Hebrew.</summary>
    public const string Hebrew = "Noto Sans Hebrew";

    /// <summary>Bundled Noto Sans Math: relations, arrows, operators.</summary>
    public const string Math = "Noto Sans Math";

    /// <summary>Bundled Noto Sans Symbols 2: check marks, dingbats, geometric shapes.</summary>
    public const string Symbols = "Noto Sans Symbols2";

    /// <summary>The fallback chain of a run in <paramref name="family"/>, most wanted first (may repeat a family).</summary>
    public static string[] For(string family, FontTheme fonts) =>
        [family, fonts.Body, "Noto Sans", fonts.Heading, Arabic, Hebrew, Math, Symbols, "Noto Sans Mono", fonts.Mono];

    /// <summary>Every family a build may read: the theme's and the bundled fallbacks.</summary>
    public static string[] All(FontTheme fonts) => For(fonts.Body, fonts).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
