using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using Markdig.Extensions.CustomContainers;
using MdDefinitionList = Markdig.Extensions.DefinitionLists.DefinitionList;
using MdDefinitionItem = Markdig.Extensions.DefinitionLists.DefinitionItem;
using MdDefinitionTerm = Markdig.Extensions.DefinitionLists.DefinitionTerm;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using Markdig.Extensions.Tables;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Document.Parsing;

/// <summary>Parses brief markup (what a template produced) into the document tree. Markdown plus
/// <c>::: cover</c> and <c>::: callout Title</c> containers, <c>{#id .class}</c> suffixes on headings and paragraphs,
/// <c>Table: caption {#id}</c> paragraphs beside tables, and <c>\newpage</c> on a line of its own.</summary>
public sealed partial class DocumentParser
{
    /// <summary>Deepest nesting of lists, quotes and containers accepted.</summary>
    public const int MaxDepth = 24;

    private readonly string _markup;
    private readonly string _display;
    private readonly DiagnosticBag _diagnostics;
    private IdCollector _ids = null!;
    private InlineConverter _inlines = null!;
    private QuoteMarks? _marks;
    private string _language = "en-US";
    private int _tableNumber;
    private int _figureNumber;
    private bool _tooDeep;
    private DeferredRows? _deferred;

    private DocumentParser(string markup, string displayName, DiagnosticBag diagnostics)
    {
        _markup = markup;
        _display = displayName;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses markup into a document with the given metadata; null when the markup could not be parsed.
    /// <paramref name="smartQuotes"/> sets quotes, dashes and ellipses typographically in the document's language.</summary>
    public static BriefDocument? Parse(string markup, DocumentInfo info, string displayName, DiagnosticBag diagnostics, bool smartQuotes = true) =>
        Parse(markup, info, displayName, diagnostics, smartQuotes, parsed: null);

    /// <summary>As <see cref="Parse(string, DocumentInfo, string, DiagnosticBag, bool)"/>, from <paramref name="parsed"/>
    /// when given: the shared pipeline's parse of exactly <paramref name="markup"/>, which nothing else reads any more.</summary>
    internal static BriefDocument? Parse(string markup, DocumentInfo info, string displayName, DiagnosticBag diagnostics, bool smartQuotes, MarkdownDocument? parsed)
    {
        // A long table's rows are read a slice at a time (DeferredRows); should a deferred stretch not turn out to be a
        // table's rows after all, the markup is read whole, as it always was.
        if (parsed is null && DeferredRows.Find(markup) is { } deferred)
        {
            var bag = new DiagnosticBag();
            var sliced = Parse(markup, info, displayName, bag, smartQuotes, null, deferred);
            if (deferred.AllTaken && !deferred.Failed)
            {
                diagnostics.AddRange(bag);
                return sliced;
            }
        }
        return Parse(markup, info, displayName, diagnostics, smartQuotes, parsed, null);
    }

    internal static BriefDocument? Parse(string markup, DocumentInfo info, string displayName, DiagnosticBag diagnostics, bool smartQuotes, MarkdownDocument? parsed, DeferredRows? deferred)
    {
        var parser = new DocumentParser(markup, displayName, diagnostics) { _deferred = deferred };
        parser._marks = smartQuotes ? QuoteMarks.For(info.Language) : null;
        parser._language = string.IsNullOrWhiteSpace(info.Language) ? "en-US" : info.Language;
        var deepLine = 0;
        var doc = parsed ?? MarkdownSyntax.TryParse(deferred?.Blanked ?? markup, out deepLine);
        if (doc is null)
        {
            diagnostics.Error(DiagnosticCodes.InputTooLarge,
                "inline markup (emphasis, links or brackets) is nested thousands of levels deep, more than the Markdown reader accepts",
                new SourceSpan(displayName, deepLine + 1, 1));
            return null;
        }
        parser._ids = new IdCollector(markup);
        parser._ids.Collect(doc);
        var sources = SourceSections.Runs(doc, markup);
        parser._inlines = new InlineConverter(parser._ids.All) { Notes = new NoteNumbering(), Sources = new SourceCitations(sources, parser._ids.All) };
        var blocks = parser.TopBlocks(doc, sources);
        var notes = parser.Notes();
        return parser._tooDeep ? null : new BriefDocument(info, blocks) { Notes = notes };
    }

    private List<Block> Blocks(ContainerBlock container, int depth)
    {
        var result = new List<Block>();
        if (depth > MaxDepth)
        {
            if (!_tooDeep) _diagnostics.Error(DiagnosticCodes.InputTooLarge, $"lists, quotes and containers are nested more than {MaxDepth} levels deep", SpanOf(container));
            _tooDeep = true;
            return result;
        }
        foreach (var block in container)
            if (Convert(block, depth) is { } b) result.Add(b);
        return result;
    }

    private Block? Convert(MdBlock block, int depth)
    {
        var span = SpanOf(block);
        switch (block)
        {
            case HeadingBlock h:
                var (content, _) = InlineTrim.TrailingAttributes(_inlines.Convert(h.Inline));
                return new Heading(Math.Clamp(h.Level - 1, 0, 3), _ids.HeadingIds[h], Typeset(content), span);
            case ParagraphBlock p:
                if (MarkdownSyntax.SourceSpanOf(_markup, p).Trim().SequenceEqual(@"\newpage")) return new PageBreak(span);
                if (CaptionFinder.IsTableCaption(_markup, p)) return null;
                if (p.Parent is not MdTableCell && FigureSyntax.Find(_markup, p) is { } figure) return Figure(figure, span);
                var (inlines, attrs) = InlineTrim.TrailingAttributes(_inlines.Convert(p.Inline));
                return inlines.Count == 0 ? null : new Paragraph(Typeset(inlines), attrs.Classes.FirstOrDefault(), span);
            case ListBlock list:
                var items = list.OfType<ListItemBlock>().Select(i => new ListItem(Blocks(i, depth + 1))).ToList();
                if (!list.IsOrdered) return new BulletList(items, span);
                return new NumberedList(int.TryParse(list.OrderedStart, out var start) ? start : 1, items, span);
            case QuoteBlock q:
                return new Quote(Blocks(q, depth + 1), span);
            case MdTable t when TableGrid.IsGridTable(_markup, t):
                var (gridCaptionId, gridCaption) = Caption(t);
                return WithChart(t, new GridTableConverter(Typeset, _inlines.Convert).Convert(t, gridCaptionId, ++_tableNumber, gridCaption, span));
            case MdTable t:
                return WithChart(t, Table(t, span));
            case MdDefinitionList list:
                return new DefinitionList(list.OfType<MdDefinitionItem>().Select(item => new DefinitionItem(
                    item.OfType<MdDefinitionTerm>().Select(term => Typeset(_inlines.Convert(term.Inline))).ToList(),
                    Blocks(item, depth + 1))).ToList(), span);
            case HtmlBlock html:
                return HtmlBlocks.Convert(html, span);
            case CustomContainer c:
                var kind = (c.Info ?? "").Trim().ToLowerInvariant();
                var inner = Blocks(c, depth + 1);
                return kind switch
                {
                    "cover" => new Cover(inner, span),
                    _ => new Callout(string.IsNullOrWhiteSpace(c.Arguments) ? null : c.Arguments.Trim(), inner, span),
                };
            case CodeBlock code:
                var lines = code.Lines.ToString().TrimEnd('\n').Split('\n');
                var runs = new List<Inline>();
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0) runs.Add(new LineBreak());
                    runs.Add(new Code(lines[i]));
                }
                return new Paragraph(runs, "code", span);
            default:
                return null; // thematic breaks, link definitions, definition terms (read with their item): nothing to print
        }
    }

    private Table Table(MdTable t, SourceSpan span)
    {
        var header = TableCells.Header(t);
        var headerCells = header is null ? Array.Empty<MdTableCell>() : TableCells.Written(header);
        var width = headerCells.Count;
        var body = new List<TableRow>(t.Count);
        AddRows(t, header, width, body);
        if (t.Column == 0 && _deferred is not null) AddDeferredRows(t.Line, width, body);
        var columns = new List<TableColumn>();
        for (var c = 0; c < width; c++)
        {
            var align = c < t.ColumnDefinitions.Count ? t.ColumnDefinitions[c].Alignment : null;
            columns.Add(new TableColumn(Cell(headerCells[c]), align switch
            {
                TableColumnAlign.Center => ColumnAlign.Center,
                TableColumnAlign.Right => ColumnAlign.Right,
                TableColumnAlign.Left => ColumnAlign.Left,
                // No alignment given: numbers line up on the right, everything else reads from the left.
                _ => NumericText.IsNumericColumn(body.Select(row => NumericText.Plain(row.Cells[c].Content)))
                    ? ColumnAlign.Right : ColumnAlign.Left,
            }));
        }
        var (captionId, captionInlines) = Caption(t);
        return new Table(captionId, ++_tableNumber, captionInlines, columns, body, span);
    }

    // The chart the caption asks for, read from the table as the template placed it. The content loader has already
    // reported bad data at the cell in brief.md; a problem here comes from a template's own table.
    private Table WithChart(MdTable t, Table table)
    {
        var (caption, paragraph) = CaptionFinder.Find(_markup, t);
        if (caption is null) return table;
        var (spec, problem) = Charts.ChartSpec.From(caption.Attributes);
        Charts.ChartData? chart = null;
        if (spec is not null)
            (chart, problem) = Charts.ChartDataReader.Read(spec, table.Columns.Select(c => NumericText.Plain(c.Header)).ToList(),
                table.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => NumericText.Plain(c.Content)).ToList()).ToList(), _language);
        if (problem is not null) _diagnostics.Error(problem.Code, problem.Message, paragraph is null ? table.Span : SpanOf(paragraph));
        return chart is null ? table : table with { Chart = chart };
    }

    // The caption's inlines are the image's own (its brackets); without alt text the caption's words stand in for it.
    private Figure Figure(FigureMarkup f, SourceSpan span)
    {
        var caption = Typeset(_inlines.Convert(f.Image));
        var number = ++_figureNumber;
        var alt = !string.IsNullOrWhiteSpace(f.Attributes.Alt) ? f.Attributes.Alt!
            : PlainText.Of(caption) is { Length: > 0 } words ? words : FigureLabel.Of(number);
        var width = f.Attributes.WidthPercent is { } pc ? new FigureWidth(pc, true)
            : f.Attributes.WidthPoints is { } pt ? new FigureWidth(pt, false) : FigureWidth.Full;
        return new Figure(f.Attributes.Id, number, caption, new ImageContent(f.Path.Trim()), alt, width, span);
    }

    private (string? Id, IReadOnlyList<Inline> Inlines) Caption(MdTable t)
    {
        var (caption, _) = CaptionFinder.Find(_markup, t);
        if (caption is null) return (null, Array.Empty<Inline>());
        var paragraph = Markdig.Markdown.Parse(caption.Text, MarkdownSyntax.Pipeline).OfType<ParagraphBlock>().FirstOrDefault();
        return (caption.Id, Typeset(_inlines.Convert(paragraph?.Inline)));
    }

    private IReadOnlyList<Inline> Cell(MdTableCell cell)
    {
        // A cell holds one paragraph (a pipe table's always do): its inlines as they are.
        if (cell.Count == 1 && cell[0] is ParagraphBlock only) return Typeset(_inlines.Convert(only.Inline));
        var inlines = new List<Inline>();
        foreach (var p in cell.OfType<ParagraphBlock>())
        {
            if (inlines.Count > 0) inlines.Add(new Text(" "));
            inlines.AddRange(_inlines.Convert(p.Inline));
        }
        return Typeset(inlines);
    }

    private IReadOnlyList<Inline> Typeset(IReadOnlyList<Inline> inlines) => _marks is null ? inlines : Typography.Apply(inlines, _marks);

    private SourceSpan SpanOf(MdBlock block) => new(_display, block.Line + 1, block.Column + 1);
}
