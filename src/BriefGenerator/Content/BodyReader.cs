using BriefGenerator.Diagnostics;
using ColumnAlign = BriefGenerator.Document.ColumnAlign;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;
using Block = Markdig.Syntax.Block;
using TableCell = Markdig.Extensions.Tables.TableCell;
using TableRow = Markdig.Extensions.Tables.TableRow;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;

namespace BriefGenerator.Content;

/// <summary>Reads a brief's Markdown body into the lede, the <c>##</c> sections and the comparison tables,
/// and checks what a reader would trip over: table shapes, duplicate ids, links to nowhere.</summary>
public sealed class BodyReader
{
    private readonly string _file;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private string _body = "";

    /// <summary>The figures of the body just read, in order.</summary>
    public IReadOnlyList<BriefFigure> Figures { get; private set; } = Array.Empty<BriefFigure>();

    /// <param name="bodyFirstLine">1-based file line where the body starts (after the front matter).</param>
    public BodyReader(string displayPath, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        _file = displayPath;
        _firstLine = bodyFirstLine;
        _diagnostics = diagnostics;
    }

    /// <summary>The body's parse, for the change snapshot to take (<see cref="ParsedBody"/>); null before a body is read
    /// or when it could not be parsed.</summary>
    public ParsedBody? Parsed { get; private set; }

    /// <summary>The brief's language (BCP 47): how chart numbers in tables are written.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>Reads the body.</summary>
    public (string Lede, IReadOnlyList<Section> Sections, IReadOnlyList<ComparisonTable> Tables) Read(string body)
    {
        _body = body;
        var doc = MarkdownSyntax.TryParse(body, out var deepLine);
        if (doc is null)
        {
            _diagnostics.Error(DiagnosticCodes.InputTooLarge,
                "inline markup (emphasis, links or brackets) is nested thousands of levels deep, more than the Markdown reader accepts",
                new SourceSpan(_file, _firstLine + deepLine, 1));
            return (body.Trim(), Array.Empty<Section>(), Array.Empty<ComparisonTable>());
        }
        Parsed = new ParsedBody(body, doc);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var depth = Depth(doc);
        if (depth > MaxDepth)
            _diagnostics.Error(DiagnosticCodes.InputTooLarge, $"lists, quotes and containers are nested {depth} levels deep; the limit is {MaxDepth}", DeepestSpan(doc));
        var tables = ReadTables(doc, ids);
        // A body with a long table is not kept for the change snapshot: Markdig's tree of the table (a few KB a row)
        // would be held while the brief is templated and parsed, and the document parser reads such a table's rows a
        // slice at a time (Document/Parsing/DeferredRows) for far less memory than that.
        if (tables.Any(t => t.Rows.Count >= ParsedBody.LongTableRows)) Parsed = null;

        var headings = doc.OfType<HeadingBlock>().Where(h => h.Level <= 2).ToList();
        var ledeEnd = headings.Count > 0 ? headings[0].Span.Start : body.Length;
        var lede = body[..ledeEnd].Trim();

        var sections = new List<Section>();
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var (title, attrs) = BlockAttributes.Split(HeadingSource(h));
            var id = ClaimId(attrs.Id, title, ids, SpanOf(h));
            var bodyStart = Math.Min(body.Length, h.Span.End + 1);
            var bodyEnd = i + 1 < headings.Count ? headings[i + 1].Span.Start : body.Length;
            var own = tables.Where(t => t.Span.Line >= SpanOf(h).Line
                                        && (i + 1 >= headings.Count || t.Span.Line < SpanOf(headings[i + 1]).Line)).ToList();
            sections.Add(new Section(id, title, 1, body[bodyStart..bodyEnd].Trim('\n'), own, SpanOf(h)));
        }

        foreach (var h in doc.Descendants<HeadingBlock>().Where(h => h.Level > 2))
        {
            var (title, attrs) = BlockAttributes.Split(HeadingSource(h));
            ClaimId(attrs.Id, title, ids, SpanOf(h));
        }
        var figures = new FigureReader(body, SpanOf, _diagnostics);
        Figures = figures.Read(doc, ids);
        CheckLinks(doc, ids);
        new ConstructCheck(body, SpanOf, _diagnostics) { Figures = figures.Images }.Run(doc);
        new NoteChecker(_file, _firstLine, _diagnostics).Check(doc, body);
        return (lede, sections, tables);
    }

    private string HeadingSource(HeadingBlock h) =>
        h.Inline is null ? "" : _body[h.Inline.Span.Start..Math.Min(_body.Length, h.Inline.Span.End + 1)].Trim();

    private string ClaimId(string? explicitId, string title, HashSet<string> ids, SourceSpan span)
    {
        if (explicitId is not null)
        {
            if (!ids.Add(explicitId))
                _diagnostics.Warning(DiagnosticCodes.DuplicateId, $"id '{explicitId}' is used more than once; links go to the first", span);
            return explicitId;
        }
        return Identifiers.Unique(Identifiers.FromTitle(InlineText.Plain(title)), ids);
    }

    private List<ComparisonTable> ReadTables(MarkdownDocument doc, HashSet<string> ids)
    {
        var result = new List<ComparisonTable>();
        foreach (var table in doc.Descendants<MdTable>())
        {
            var (caption, captionBlock) = CaptionFinder.Find(_body, table);
            var header = TableCells.Header(table);
            var columns = new List<TableColumnInfo>();
            var rows = new List<IReadOnlyList<string>>();
            var bodyRows = new List<TableRow>();
            var grid = TableGrid.IsGridTable(_body, table);
            if (grid) ReadGridTable(table, columns, rows);
            var headerCells = header is null || grid ? Array.Empty<TableCell>() : TableCells.Written(header);
            for (var c = 0; c < headerCells.Count; c++)
            {
                var align = c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null;
                columns.Add(new TableColumnInfo(CellText(headerCells[c]), ToAlign(align)));
            }
            // A row at a time into an array of the header's width (a big table has tens of thousands of rows); where a
            // cell is, is looked up only when a chart reports a problem in it.
            foreach (var row in table.OfType<TableRow>().Where(r => r != header && !grid))
            {
                var cells = new string[columns.Count];
                var written = 0;
                foreach (var block in row)
                    if (block is TableCell cell && TableCells.IsWritten(cell))
                        if (written++ < cells.Length) cells[written - 1] = CellText(cell);
                if (written != columns.Count)
                    _diagnostics.Warning(DiagnosticCodes.TableShape,
                        $"table row has {written} cell(s) but the header has {columns.Count}; " +
                        (written > columns.Count ? "extra cells are dropped" : "missing cells are left empty"), SpanOf(row));
                for (var c = written; c < cells.Length; c++) cells[c] = "";
                bodyRows.Add(row);
                rows.Add(cells);
            }
            string? id = null;
            if (caption?.Id is { } tid)
            {
                if (!ids.Add(tid)) _diagnostics.Warning(DiagnosticCodes.DuplicateId, $"id '{tid}' is used more than once; links go to the first", SpanOf(captionBlock!));
                id = tid;
            }
            var number = result.Count + 1;
            var first = captionBlock is not null && captionBlock.Span.Start < table.Span.Start ? (MarkdownObject)captionBlock : table;
            var last = captionBlock is not null && captionBlock.Span.Start > table.Span.Start ? (MarkdownObject)captionBlock : table;
            var markup = _body[first.Span.Start..Math.Min(_body.Length, last.Span.End + 1)];
            var chart = TableChartCheck.Check(caption, captionBlock is null ? SpanOf(table) : SpanOf(captionBlock), columns, rows,
                grid ? null : (r, c) => r < bodyRows.Count && TableCells.Written(bodyRows[r]) is var w && c < w.Count ? SpanOf(w[c]) : null,
                Language, _diagnostics);
            result.Add(new ComparisonTable(id, number, caption?.Text ?? "", columns, rows, markup, SpanOf(table)) { Chart = chart });
        }
        foreach (var p in doc.Descendants<ParagraphBlock>())
            if (p.Parent is not TableCell && CaptionFinder.AsCaption(_body, p) is not null && !CaptionFinder.IsTableCaption(_body, p))
                _diagnostics.Warning(DiagnosticCodes.CaptionOrphan, "a 'Table:' caption must stand right before or after a table", SpanOf(p));
        return result;
    }

    // A grid table's columns are titled by every header cell above them ("Capacity 2020"); a cell spanning
    // columns or rows gives its text to the position where it starts, the positions it covers are empty.
    private void ReadGridTable(MdTable table, List<TableColumnInfo> columns, List<IReadOnlyList<string>> rows)
    {
        var width = TableGrid.Columns(table);
        var slots = TableGrid.Place(table, width);
        var head = TableGrid.HeaderRows(table);
        string Text(GridSlot s) => s.Cell is null ? "" : InlineText.Plain(MarkdownSyntax.SourceOf(_body, s.Cell).Trim().Trim('|', '+').Trim());
        for (var c = 0; c < width; c++)
        {
            var titles = new List<string>();
            for (var r = 0; r < head; r++)
                for (var k = c; k >= 0; k--)
                    if (slots[r][k].Cell is not null)
                    {
                        if (k + slots[r][k].ColumnSpan > c && Text(slots[r][k]) is { Length: > 0 } t && !titles.Contains(t)) titles.Add(t);
                        break;
                    }
            var align = c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null;
            columns.Add(new TableColumnInfo(string.Join(" ", titles), ToAlign(align)));
        }
        foreach (var row in slots.Skip(head)) rows.Add(row.Select(Text).ToList());
    }

    // The cell's source trimmed of spaces and pipes, made into a string once (not once per trim).
    private string CellText(TableCell cell)
    {
        var start = Math.Clamp(cell.Span.Start, 0, _body.Length);
        var end = Math.Clamp(cell.Span.End + 1, start, _body.Length);
        return _body.AsSpan(start, end - start).Trim().Trim('|').Trim().ToString();
    }

    private static ColumnAlign ToAlign(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => ColumnAlign.Center,
        TableColumnAlign.Right => ColumnAlign.Right,
        _ => ColumnAlign.Left,
    };

    private void CheckLinks(MarkdownDocument doc, HashSet<string> ids)
    {
        foreach (var link in doc.Descendants<LinkInline>().Where(l => !l.IsImage)) // images: see ConstructCheck
        {
            var url = link.Url ?? "";
            var span = new SourceSpan(_file, _firstLine + link.Line, link.Column + 1);
            if (url.StartsWith('#'))
            {
                if (!ids.Contains(url[1..]))
                    _diagnostics.Warning(DiagnosticCodes.UnknownCrossRef, $"link to '{url}' but no section, table or figure has that id", span);
            }
            else if (!LinkPolicy.IsAllowed(url))
                _diagnostics.Warning(DiagnosticCodes.LinkRefused, $"link target '{url}' is not http(s), mailto or #id; it is kept as plain text", span);
        }
    }

    /// <summary>Deepest nesting of lists, quotes and containers accepted (a list level counts its item too).</summary>
    public const int MaxDepth = 24;

    private static int Depth(ContainerBlock container)
    {
        var deepest = 0;
        foreach (var child in container)
        {
            // Pipe tables hold only rows and cells, never nested lists or quotes: no need to walk 100,000 cells.
            if (child is not ContainerBlock inner || child is MdTable) continue;
            deepest = Math.Max(deepest, (inner is ListItemBlock ? 0 : 1) + Depth(inner));
        }
        return deepest;
    }

    private SourceSpan DeepestSpan(MarkdownDocument doc)
    {
        Block? deepest = null; var best = -1;
        foreach (var b in doc.Descendants<ContainerBlock>())
        {
            var d = 0;
            for (var p = b.Parent; p is not null; p = p.Parent) if (p is not ListItemBlock) d++;
            if (d > best) { best = d; deepest = b; }
        }
        return deepest is null ? new SourceSpan(_file, _firstLine, 1) : SpanOf(deepest);
    }

    private SourceSpan SpanOf(MarkdownObject node) => new(_file, _firstLine + node.Line, node.Column + 1);
}
