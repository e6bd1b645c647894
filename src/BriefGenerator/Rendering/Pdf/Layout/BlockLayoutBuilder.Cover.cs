using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class BlockLayoutBuilder
{
    // The cover's parts at a scale of their sizes: organisation and series lines before the title make the masthead,
    // authors and date lines the byline at the foot, everything else the title block; and all of them stacked.
    private Element CoverBlock(Cover cover) => new CoverElement(_context, scale => CoverParts(cover, scale));

    private CoverParts CoverParts(Cover cover, double scale)
    {
        List<(Element, double)> masthead = new(), main = new(), byline = new(), stacked = new();
        Block? previous = null;
        foreach (var block in cover.Blocks)
        {
            var gap = previous is null ? 0 : Gap(previous, block) * scale;
            previous = block;
            stacked.Add((CoverPart(block, scale), gap));
            var part = block switch
            {
                Paragraph { StyleClass: "organization" or "organisation" or "series" } when main.Count == 0 => masthead,
                Paragraph { StyleClass: "authors" or "date" } => byline,
                _ => main,
            };
            part.Add((CoverPart(block, scale), part.Count == 0 ? 0 : gap));
        }
        ColumnElement? Part(List<(Element, double)> items) => items.Count == 0 ? null : new ColumnElement(_context, items);
        return new CoverParts(Part(masthead), Part(main) ?? new ColumnElement(_context, new()), Part(byline), new ColumnElement(_context, stacked));
    }

    private Element CoverPart(Block block, double scale)
    {
        RunStyle Scaled(RunStyle style) => scale == 1 ? style : style with { Size = Math.Round(style.Size * scale, 2) };
        Element element = block switch
        {
            Heading { Level: 0 } h => new TextBlockElement(_context,
                _styles.Shape(CoverTitle.Balance(h, Roles.Title with { Size = Roles.Title.Size * scale }, _context.Library, _context.Theme.Page.ContentWidth).Content,
                    Scaled(_styles.Heading(0)), h.Span),
                TextAlign.Left, StructureTag.H1) { AnchorId = h.Id },
            Paragraph p => new TextBlockElement(_context, _styles.Shape(p.Content, Scaled(_styles.ForClass(p.StyleClass) ?? _styles.Body), p.Span),
                TextAlign.Left, StructureTag.P),
            _ => Build(block, 0, false),
        };
        element.LocateAt(block.Span);
        return element;
    }
}
