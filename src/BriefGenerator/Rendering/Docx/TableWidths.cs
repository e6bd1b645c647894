using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Column widths for the DOCX, computed exactly as the PDF computes them: the cells are shaped with the same
/// bundled fonts and styles (<see cref="TableShapes"/>) and measured with the same line breaker, so both formats give
/// a table the same grid. Built once per document, on its first table.</summary>
internal sealed class TableWidths
{
    private readonly LayoutContext _layout;
    private readonly StyleSheet _styles;

    public TableWidths(RenderContext context)
    {
        // Missing glyphs are the PDF's to report (BG040); measuring them here must not report them twice.
        var fonts = new FontSet(context.Fonts, context.Theme, new DiagnosticBag());
        _layout = new LayoutContext(context.Theme, fonts, new DiagnosticBag());
        _styles = new StyleSheet(_layout);
    }

    /// <summary>Widths in points for a column <paramref name="text"/> points wide, summing to the width the PDF gives
    /// the table: the column, or the column and <paramref name="breakout"/> points of the right margin
    /// (<see cref="TableShapes.Width"/>).</summary>
    public double[] Compute(Table table, double text, double breakout)
    {
        var shapes = TableShapes.Shape(_layout, _styles, table);
        var padding = _layout.Theme.Table.CellPadding;
        return shapes.ColumnWidths(_layout.Breaker, padding, shapes.Width(_layout.Breaker, padding, text, breakout));
    }
}
