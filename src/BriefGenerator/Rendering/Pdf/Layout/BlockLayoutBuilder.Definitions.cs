using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class BlockLayoutBuilder
{
    // A definition list: each term in bold, kept with its definition, which is indented by the list indent. Tagged
    // as a list (L) whose items hold the term as label (Lbl) and the definition as body (LBody).
    private Element DefinitionListBlock(DefinitionList list, int listDepth, bool quoted)
    {
        var style = quoted ? _styles.Quote : _styles.Body;
        var items = new List<(Element, double)>();
        foreach (var item in list.Items)
        {
            var parts = new List<(Element, double)>();
            foreach (var term in item.Terms)
                parts.Add((new TextBlockElement(_context, _styles.Shape(term, style with { Style = style.Style | Theming.FontStyle.Bold }, list.Span),
                    TextAlign.Left, StructureTag.Lbl) { KeepWithNext = true }, parts.Count == 0 ? 0 : 2));
            var definition = Column(item.Definition, listDepth + 1, quoted, StructureTag.LBody);
            parts.Add((new InsetElement(_context, definition) { Left = Furniture.ListIndent }, parts.Count == 0 ? 0 : 2));
            items.Add((new ColumnElement(_context, parts, StructureTag.LI), items.Count == 0 ? 0 : Furniture.ListItemAfter));
        }
        return new ColumnElement(_context, items, StructureTag.L);
    }
}
