namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Distributes a table's width among its columns from their content (see <see cref="TableColumnWidths"/>,
/// which the DOCX writer shares, so both formats break table cells alike).</summary>
internal static class ColumnWidths
{
    /// <summary>Column widths summing to <paramref name="available"/> (never wider than the text column).</summary>
    public static double[] Distribute(double[] min, double[] max, double available) =>
        TableColumnWidths.Distribute(min, max, available);
}
