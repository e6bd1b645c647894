using System.Text.RegularExpressions;
using BriefGenerator.Diagnostics;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Content;

/// <summary>Names every construct of a brief's body that the document tree does not render as written, with a
/// located warning that says what is kept, so nothing an author wrote disappears in silence (and
/// <c>--warn-as-error</c> catches it): images inside a paragraph's text or written as HTML (BG065), raw HTML (BG066), math (BG067), strikethrough and rules (BG068).
/// HTML comments are an author's notes to themselves and are dropped without a word.</summary>
internal sealed partial class ConstructCheck
{
    private static readonly HashSet<string> MeaningfulTags = new(StringComparer.OrdinalIgnoreCase) { "sup", "sub", "br" };
    private readonly string _body;
    private readonly Func<MarkdownObject, SourceSpan> _spanOf;
    private readonly DiagnosticBag _diagnostics;

    public ConstructCheck(string body, Func<MarkdownObject, SourceSpan> spanOf, DiagnosticBag diagnostics)
    {
        _body = body;
        _spanOf = spanOf;
        _diagnostics = diagnostics;
    }

    /// <summary>The images that are figures (alone in their paragraph): placed, so not named here.</summary>
    public IReadOnlySet<LinkInline> Figures { get; init; } = new HashSet<LinkInline>();

    /// <summary>Walks the document and reports.</summary>
    public void Run(MarkdownDocument doc)
    {
        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image when !Figures.Contains(image):
                    Warn(DiagnosticCodes.ImageNotPlaced, $"image '{image.Url}' stands inside a paragraph's text and is not placed (a figure is an image alone in its paragraph); its alt text '{Alt(image)}' is kept", image);
                    break;
                case HtmlInline html when !html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    var name = TagName().Match(html.Tag).Groups["name"].Value;
                    if (name.Equals("img", StringComparison.OrdinalIgnoreCase))
                        Warn(DiagnosticCodes.ImageNotPlaced, $"image {Shorten(html.Tag)} is not placed (HTML images are not read; write a figure as ![Caption](path) alone in its paragraph); its alt text is kept", html);
                    else if (!MeaningfulTags.Contains(name))
                        Warn(DiagnosticCodes.RawHtml, $"inline HTML {Shorten(html.Tag)} is not interpreted; it is kept as literal text", html);
                    break;
                case HtmlBlock block when block.Type != HtmlBlockType.Comment:
                    var source = block.Lines.ToString().Trim();
                    if (LoneImage().IsMatch(source))
                        Warn(DiagnosticCodes.ImageNotPlaced, $"image {Shorten(source)} is not placed (HTML images are not read; write a figure as ![Caption](path) alone in its paragraph); its alt text is kept", block);
                    else
                        Warn(DiagnosticCodes.RawHtml, $"HTML block {Shorten(source)} is not interpreted; its source is kept as literal text", block);
                    break;
                case MathInline:
                    Warn(DiagnosticCodes.MathNotTypeset, $"math {Shorten(MarkdownSyntax.SourceOf(_body, node).Trim())} is not typeset; it is kept as literal text", node);
                    break;
                case MathBlock math:
                    Warn(DiagnosticCodes.MathNotTypeset, $"math block {Shorten("$$ " + math.Lines.ToString().Trim())} is not typeset; it is kept as literal text", math);
                    break;
                case EmphasisInline { DelimiterChar: '~' } strike when strike.DelimiterCount > 1 || strike.FirstChild is EmphasisInline { DelimiterChar: '~' } && strike.Parent is not EmphasisInline { DelimiterChar: '~' }:
                    Warn(DiagnosticCodes.ConstructNotRendered, "strikethrough (~~text~~) is not rendered; the text is kept with its '~~' marks", strike);
                    break;
                case ThematicBreakBlock rule:
                    Warn(DiagnosticCodes.ConstructNotRendered, "a thematic break (a '---' or '***' rule) is not drawn; the blocks around it are kept", rule);
                    break;
                case MdTableCell cell when cell.Any(b => b is not ParagraphBlock):
                    Warn(DiagnosticCodes.ConstructNotRendered, "a table cell holds a list or other block; its text is kept, one item a line", cell);
                    break;
            }
        }
    }

    private void Warn(string code, string message, MarkdownObject node) => _diagnostics.Warning(code, message, _spanOf(node));

    private static string Alt(LinkInline image) => string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static string Shorten(string source)
    {
        var line = source.Split('\n')[0].Trim();
        return "'" + (line.Length > 60 ? line[..57] + "..." : line) + "'";
    }

    [GeneratedRegex(@"^</?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"^<img\b[^<>]*>$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneImage();
}
