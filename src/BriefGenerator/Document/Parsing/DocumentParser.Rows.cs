using BriefGenerator.Content;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;

namespace BriefGenerator.Document.Parsing;

public sealed partial class DocumentParser
{
    // A row at a time into arrays of the exact size: a big table has tens of thousands of rows.
    private void AddRows(MdTable t, MdTableRow? header, int width, List<TableRow> body)
    {
        foreach (var block in t)
        {
            if (block is not MdTableRow r || r == header) continue;
            var cells = new TableCell[width];
            var n = 0;
            foreach (var inner in r)
                if (n < width && inner is MdTableCell c && TableCells.IsWritten(c)) cells[n++] = new TableCell(Cell(c));
            for (; n < width; n++) cells[n] = new TableCell(Array.Empty<Inline>());
            body.Add(new TableRow(cells));
        }
    }

    // The rows DeferredRows kept out of the whole parse, read a slice at a time: each slice's Markdig tree is garbage
    // once its rows are converted. A slice that does not read as one table of its rows marks the attempt failed (the
    // markup is then parsed whole).
    private void AddDeferredRows(int line, int width, List<TableRow> body)
    {
        foreach (var slice in _deferred!.Slices(line))
        {
            var doc = MarkdownSyntax.Parse(slice);
            if (doc.Count != 1 || doc[0] is not MdTable t || TableCells.Header(t) is not { IsHeader: true } header)
            {
                _deferred.Failed = true;
                return;
            }
            var before = body.Count;
            AddRows(t, header, width, body);
            var lines = slice.AsSpan().Count('\n') + (slice.EndsWith('\n') ? 0 : 1);
            if (body.Count - before != lines - 2)
            {
                _deferred.Failed = true;
                return;
            }
        }
    }
}
