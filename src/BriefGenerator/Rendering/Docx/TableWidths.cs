using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Column widths for the DOCX, computed exactly as the PDF computes them: the cells are shaped with the same
/// bundled fonts and styles (<see cref="TableShapes"/>) and measured with the same line breaker, so both formats give
/// a table the same grid. Measured once per table through <see cref="TableWidthCache"/>, which the PDF's table layout
/// can share. The layout context is built once per document, on its first table that needs measuring.</summary>
internal sealed class TableWidths
{
    private readonly RenderContext _context;
    private (LayoutContext Layout, StyleSheet Styles)? _measuring;

    public TableWidths(RenderContext context) => _context = context;

    /// <summary>Widths in points for a column <paramref name="text"/> points wide, summing to the width the PDF gives
    /// the table: the column, or the column and <paramref name="breakout"/> points of the right margin
    /// (<see cref="TableShapes.Width"/>).</summary>
    public double[] Compute(Table table, double text, double breakout) =>
        TableWidthCache.Get(table, _context.Theme, _context.Fonts, text, breakout, () => Measure(table, text, breakout)).Columns;

    private TableMeasure Measure(Table table, double text, double breakout)
    {
        var (layout, styles) = _measuring ??= Create();
        var shapes = TableShapes.Shape(layout, styles, table);
        var padding = layout.Theme.Table.CellPadding;
        var width = shapes.Width(layout.Breaker, padding, text, breakout);
        return new TableMeasure(width, shapes.ColumnWidths(layout.Breaker, padding, width));
    }

    private (LayoutContext, StyleSheet) Create()
    {
        // Missing glyphs are the PDF's to report (BG040); measuring them here must not report them twice.
        var fonts = new FontSet(_context.Fonts, _context.Theme, new DiagnosticBag());
        var layout = new LayoutContext(_context.Theme, fonts, new DiagnosticBag());
        return (layout, new StyleSheet(layout));
    }
}
