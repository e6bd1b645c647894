using BriefGenerator.Document;
using BriefGenerator.Fonts;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering;

/// <summary>Balances a cover title's lines the same way for both renderers: the title's text is broken with
/// <see cref="LineBalancer"/> in the Title role's font and written with explicit line breaks, so neither PDF nor Word
/// leaves a single word on its last line.</summary>
public static class CoverTitle
{
    /// <summary>The heading with line breaks between its balanced lines; unchanged when it holds anything but plain
    /// text or its face is missing.</summary>
    public static Heading Balance(Heading heading, StyleRole role, FontLibrary fonts, double width)
    {
        if (heading.Content.Any(i => i is not Document.Text) || fonts.Find(role.Family, role.FontStyle) is not { } face) return heading;
        var text = string.Concat(heading.Content.Cast<Document.Text>().Select(t => t.Value));
        // A hair narrower than the column, so rounding in either renderer never wraps a balanced line again.
        var lines = LineBalancer.Balance(text, s => TextMeasurer.Width(s, face, role.Size), width - 2);
        if (lines.Count < 2) return heading;
        var content = new List<Inline>();
        foreach (var line in lines)
        {
            if (content.Count > 0) content.Add(new LineBreak());
            content.Add(new Document.Text(line));
        }
        return heading with { Content = content };
    }
}
