using System.Globalization;
using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;
using DTable = BriefGenerator.Document.Table;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A comparison table: a caption above it (<c>Table {SEQ}: caption</c>, kept with the table, bookmarked at
/// the table id), then a table in the Brief Table style whose header rows repeat on every page, whose rows never
/// split across pages, with the PDF's column widths (<see cref="TableWidths"/>) and per-column alignment. Cells spanning
/// columns get a <c>gridSpan</c>, cells spanning rows a <c>vMerge</c> restart and continuations below.</summary>
internal sealed class TableWriter : DocxBlockWriter<DTable>
{
    private TableWidths? _widths;
    private int _charts;

    protected override void Write(DocxWriter writer, DTable block)
    {
        WriteCaption(writer, block);
        if (block.Columns.Count == 0) return; // nothing to lay out; a table needs at least one grid column

        var theme = writer.Theme;
        _widths ??= new TableWidths(writer.Context);
        // Like the PDF, a top-level table too wide for the column reaches into the right margin (table.breakout).
        var breakout = writer.ContainerStyle is null && writer.List is null ? theme.Table.BreakoutOn(theme.Page) : 0;
        var points = _widths.Compute(block, theme.Page.ContentWidth, breakout);
        var widths = Twips(points, Units.Twips(points.Sum()));
        var table = new WTable();
        var properties = new TableProperties
        {
            TableStyle = new TableStyle { Val = StyleIds.BriefTable },
            TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook
            {
                Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false,
                NoHorizontalBand = false, NoVerticalBand = true,
            },
        };
        // Right to left, Word lays the columns out from the right (the first column at the right), as the PDF does.
        if (writer.RightToLeft) properties.BiDiVisual = new BiDiVisual();
        var caption = writer.Clean(InlineWriter.Plain(block.Caption));
        if (caption.Length > 0) properties.TableCaption = new TableCaption { Val = caption };
        table.Append(properties);
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        // The PDF's split rules (TableSplitRules) as keep-with-next: a short table stays in one piece (every row kept
        // with the next); a long one may break between rows, but never within its first or last min_rows_split body
        // rows nor between rows joined by a cell spanning them, and its header rows stay with the first body rows.
        // Word repeats the header rows on every page.
        var head = block.Head;
        var all = head.Concat(block.Rows).ToList();
        var spans = TableSpanMap.Of(all, widths.Length);
        var count = block.Rows.Count;
        var keepWhole = TableSplitRules.KeepWhole(count);
        var edge = TableSplitRules.MinRows(theme.Table);
        // Each row is written out as soon as it is built (StreamedRows): the tree never holds a large table's rows.
        var streamed = writer.StreamRows(table);
        // Streamed rows are written straight as XML (the redline edition's marks need the elements).
        var direct = writer.Context.Redline is null;
        var widthTexts = widths.Select(w => w.ToString(CultureInfo.InvariantCulture)).ToArray();
        for (var r = 0; r < all.Count; r++)
        {
            var header = r < head.Count;
            var b = r - head.Count; // body row index
            var joined = r + 1 < all.Count && spans[r + 1].Any(p => p.Role != SpanRole.Start && p.Row <= r);
            // A short table is also kept with its chart (its last row with the chart's paragraph).
            var keep = header ? count > 0 || r < head.Count - 1
                : (b < count - 1 && (keepWhole || b < edge - 1 || b >= count - edge || joined)) || (block.Chart is not null && keepWhole);
            if (streamed is null) table.Append(Row(writer, block, all[r], spans[r], widths, header, keep));
            else if (direct) streamed.Add(x => TableRowXml.Write(x, writer, block, all[r], spans[r], widths, widthTexts, header, keep));
            else streamed.Add(Row(writer, block, all[r], spans[r], widths, header, keep));
        }
        writer.AddBlockElement(table);
        writer.GapAfterBlock(writer.Theme.Spacing.BlockGap);
        if (block.Chart is not null)
        {
            Charts.ChartWriter.Write(writer, writer.MainPart, block.Chart, ++_charts);
            writer.GapAfterBlock(writer.Theme.Spacing.BlockGap);
        }
    }

    private static void WriteCaption(DocxWriter writer, DTable block) =>
        CaptionParagraph.Add(writer, "Table", block.Number, block.Caption, block.Id);

    /// <summary>A row as Open XML elements (a table in a note, the redline edition); <see cref="TableRowXml"/> writes the same XML.</summary>
    internal static TableRow Row(DocxWriter writer, DTable table, Document.TableRow cells, SpanPosition[] spans, int[] widths, bool header, bool keep)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (header) rowProperties.Append(new TableHeader());
        var row = new TableRow(rowProperties);
        for (var c = 0; c < widths.Length; c++)
        {
            var at = spans[c];
            if (at.Role == SpanRole.Right) continue; // inside the gridSpan of the cell to its left
            var paragraph = new WParagraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = keep ? StyleIds.TableTextKeep : StyleIds.TableText },
                Justification = Align(table.Columns[c].Align),
            });
            if (at.Role == SpanRole.Start && c < cells.Cells.Count) RedlineRuns.Append(writer, paragraph, cells.Cells[c].Content);
            var width = widths.Skip(c).Take(at.ColumnSpan).Sum();
            var properties = new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            };
            if (at.ColumnSpan > 1) properties.GridSpan = new GridSpan { Val = at.ColumnSpan };
            if (at.RowSpan > 1)
                properties.VerticalMerge = new VerticalMerge { Val = at.Role == SpanRole.Start ? MergedCellValues.Restart : MergedCellValues.Continue };
            var cell = new TableCell(properties);
            cell.Append(paragraph);
            row.Append(cell);
        }
        return row;
    }

    private static Justification Align(ColumnAlign align) => new()
    {
        Val = align switch
        {
            ColumnAlign.Center => JustificationValues.Center,
            ColumnAlign.Right => JustificationValues.Right,
            _ => JustificationValues.Left,
        },
    };

    // Whole twips that add up exactly to the text width.
    private static int[] Twips(double[] points, int total)
    {
        var twips = points.Select(Units.Twips).ToArray();
        if (twips.Length > 0) twips[^1] += total - twips.Sum();
        return twips;
    }
}
