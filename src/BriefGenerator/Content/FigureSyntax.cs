using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefGenerator.Content;

/// <summary>Recognises a figure: a paragraph holding one image and nothing else but an optional attribute block,
/// <c>![Caption](figures/map.png){#fig-x alt="Map of …" width=80%}</c>. Shared by the content loader and the document
/// parser so both agree on which paragraph is a figure. An image with text around it is not a figure.</summary>
public static partial class FigureSyntax
{
    /// <summary>The figure <paramref name="p"/> writes, or null when it is not one.</summary>
    public static FigureMarkup? Find(string markdown, ParagraphBlock p)
    {
        if (p.Inline?.FirstChild is not LinkInline { IsImage: true } image) return null;
        var source = MarkdownSyntax.SourceOf(markdown, p);
        var imageEnd = Math.Clamp(image.Span.End + 1 - p.Span.Start, 0, source.Length);
        var rest = source[imageEnd..].Trim();
        if (rest.Length > 0 && !AttributeBlock().IsMatch(rest)) return null;
        var captionStart = image.FirstChild?.Span.Start ?? -1;
        var captionEnd = image.LastChild?.Span.End ?? -1;
        var caption = captionStart >= 0 && captionEnd >= captionStart && captionEnd < markdown.Length
            ? markdown[captionStart..(captionEnd + 1)] : "";
        var (attributes, problems) = FigureAttributes.Parse(rest.Length > 0 ? rest[1..^1] : "");
        return new FigureMarkup(image, caption.Trim(), image.Url ?? "", attributes, problems, source.Trim());
    }

    [GeneratedRegex(@"^\{[^{}]*\}$")]
    private static partial Regex AttributeBlock();
}

/// <summary>A figure as written: its image node, caption source (Markdown), image path, attributes (and what was wrong
/// with them) and the whole paragraph's source.</summary>
public sealed record FigureMarkup(LinkInline Image, string Caption, string Path, FigureAttributes Attributes, IReadOnlyList<string> Problems, string Source);
