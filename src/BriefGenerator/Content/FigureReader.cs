using BriefGenerator.Diagnostics;
using BriefGenerator.Images;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Content;

/// <summary>Finds the figures of a brief's body (see <see cref="FigureSyntax"/>), claims their ids and reports what is
/// wrong with them as written: an attribute that cannot be used (BG059, error), no alt text (BG058, warning).</summary>
internal sealed class FigureReader
{
    private readonly string _body;
    private readonly Func<MarkdownObject, SourceSpan> _spanOf;
    private readonly DiagnosticBag _diagnostics;

    public FigureReader(string body, Func<MarkdownObject, SourceSpan> spanOf, DiagnosticBag diagnostics)
    {
        _body = body;
        _spanOf = spanOf;
        _diagnostics = diagnostics;
    }

    /// <summary>The image nodes that are figures (every other image is named by <see cref="ConstructCheck"/>).</summary>
    public HashSet<LinkInline> Images { get; } = new();

    /// <summary>Reads the figures in body order; their ids go into <paramref name="ids"/>.</summary>
    public List<BriefFigure> Read(MarkdownDocument doc, HashSet<string> ids)
    {
        var figures = new List<BriefFigure>();
        foreach (var p in doc.Descendants<ParagraphBlock>())
        {
            if (p.Parent is MdTableCell || FigureSyntax.Find(_body, p) is not { } f) continue;
            Images.Add(f.Image);
            var span = _spanOf(f.Image);
            foreach (var problem in f.Problems) _diagnostics.Error(DiagnosticCodes.FigureAttribute, $"figure '{f.Path}': {problem}", span);
            var id = f.Attributes.Id;
            if (id is not null && !ids.Add(id))
                _diagnostics.Warning(DiagnosticCodes.DuplicateId, $"id '{id}' is used more than once; links go to the first", span);
            if (string.IsNullOrWhiteSpace(f.Attributes.Alt))
                _diagnostics.Warning(DiagnosticCodes.FigureNoAlt,
                    $"figure '{f.Path}' has no alt text: add alt=\"…\" describing the image for readers who cannot see it (the caption is used meanwhile)", span);
            figures.Add(new BriefFigure(id, figures.Count + 1, f.Caption, f.Attributes.Alt, f.Path, f.Source, span));
        }
        return figures;
    }

    /// <summary>Loads every figure's image once (a path used twice is read once), reporting each refusal at the first
    /// figure that names it. Returns the images by path as written.</summary>
    public static Dictionary<string, LoadedImage> LoadImages(IEnumerable<BriefFigure> figures, string folder, DiagnosticBag diagnostics)
    {
        var images = new Dictionary<string, LoadedImage>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            if (images.ContainsKey(figure.Path) || refused.Contains(figure.Path)) continue;
            var (image, problem) = ImageLoader.Load(figure.Path, folder);
            if (image is not null) images[figure.Path] = image;
            else
            {
                refused.Add(figure.Path);
                diagnostics.Error(problem!.Code, problem.Message, figure.Span);
            }
        }
        return images;
    }
}
