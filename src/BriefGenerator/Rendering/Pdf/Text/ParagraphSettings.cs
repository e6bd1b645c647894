using BriefGenerator.Hyphenation;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>How body paragraphs are set: hyphenated or not, and with the total-fit line breaker.</summary>
/// <param name="Hyphenator">The brief's language's hyphenation, or null for none.</param>
/// <param name="MaxStretch">How far a justified line's spaces may grow, as a fraction of their natural width (the
/// theme's <c>justify_max_stretch</c>): a line that would need more is set with that much and left short.</param>
/// <param name="CodeFamily">The code font's family: code is never hyphenated.</param>
internal sealed record ParagraphSettings(Hyphenator? Hyphenator, double MaxStretch, string CodeFamily)
{
    /// <summary>How far justified spaces may shrink, as a fraction of their natural width.</summary>
    public const double MaxShrink = 0.2;

    /// <summary>Paragraphs longer than this many words and syllables are broken greedily (total fit is quadratic in
    /// the words on a line, linear in the paragraph; the limit keeps a pathological paragraph cheap).</summary>
    public const int TotalFitLimit = 4000;

    /// <summary>Most hyphenated lines in a row.</summary>
    public const int MaxHyphensInARow = 2;
}
