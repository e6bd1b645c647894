using BriefGenerator.Charts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefGenerator.Rendering.Docx.Charts;

/// <summary>The workbook embedded in a Word chart (what Word opens when an editor clicks "Edit Data"): the table's x
/// column and y columns on Sheet1, laid out as <see cref="ChartCells"/> says. Repacked like the DOCX itself (fixed
/// timestamp, fixed entry order), so the same chart always gives the same bytes.</summary>
internal static class ChartWorkbook
{
    /// <summary>The .xlsx bytes for <paramref name="data"/>.</summary>
    public static byte[] Build(ChartData data, DateTimeOffset timestamp)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");
            var rows = new SheetData();
            rows.Append(Row(1, new[] { Text(0, 1, data.XTitle) }.Concat(data.Series.Select((s, i) => Text(i + 1, 1, s.Name)))));
            for (var r = 0; r < data.Categories.Count; r++)
            {
                var cells = new List<Cell> { Text(0, r + 2, data.Categories[r]) };
                for (var s = 0; s < data.Series.Count; s++)
                    if (data.Series[s].Values[r] is { } v)
                        cells.Add(new Cell(new CellValue(ChartCells.Number(v))) { CellReference = ChartCells.Cell(s + 1, r + 2) });
                rows.Append(Row(r + 2, cells));
            }
            sheetPart.Worksheet = new Worksheet(rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = ChartCells.Sheet, SheetId = 1U, Id = "rId1" }));
        }
        return DeterministicPackage.Repack(stream.ToArray(), timestamp);
    }

    private static Row Row(int index, IEnumerable<Cell> cells) => new(cells) { RowIndex = (uint)index };

    private static Cell Text(int column, int row, string text) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = ChartCells.Cell(column, row),
        DataType = CellValues.InlineString,
    };
}
