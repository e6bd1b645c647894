using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Builds the element tree for the document's blocks: one method per block kind.</summary>
internal sealed partial class BlockLayoutBuilder
{
    private static readonly string[] Bullets = { "\u2022", "\u2013", "\u2022" };
    private readonly LayoutContext _context;
    private readonly StyleSheet _styles;
    private int _boxed; // depth of callouts being built: tables inside them do not break out

    public BlockLayoutBuilder(LayoutContext context)
    {
        _context = context;
        _styles = new StyleSheet(context);
    }

    private Theming.StyleSet Roles => _context.Styles;

    private Theming.PageFurniture Furniture => _context.Styles.Furniture;

    /// <summary>The root column of the document body.</summary>
    public ColumnElement Build(BriefDocument document)
    {
        var root = Column(WithEndnotes(document), listDepth: 0, quoted: false, tag: null);
        if (!_context.Theme.Toc) return root;
        // The contents list goes after the cover (and its page break), or first when there is no cover.
        int at = document.Blocks.Count > 0 && document.Blocks[0] is Cover ? 2 : 0;
        root.Insert(at, new TocBuilder(_context, _styles).Build(document.Blocks), new PageBreakElement(_context));
        return root;
    }

    private ColumnElement Column(IReadOnlyList<Block> blocks, int listDepth, bool quoted, StructureTag? tag)
    {
        var items = new List<(Element, double)>();
        Block? previous = null;
        foreach (var block in blocks)
        {
            // A cover always gets a page of its own, even when something comes before it.
            if (block is Cover && items.Count > 0) items.Add((new PageBreakElement(_context), 0));
            var element = Build(block, listDepth, quoted);
            items.Add((element, previous is null ? 0 : Gap(previous, block)));
            previous = block;
            if (block is Cover) items.Add((new PageBreakElement(_context), 0));
        }
        return new ColumnElement(_context, items, tag);
    }

    // The space between two blocks, from their style roles: a heading's own space after it, else the space before a
    // heading, else a paragraph's space after it; boxes, quotes and tables get the block gap.
    private double Gap(Block previous, Block current) => (previous, current) switch
    {
        (Heading h, _) => Roles.Heading(h.Level).SpaceAfter,
        (_, Heading h) => Roles.Heading(h.Level).SpaceBefore,
        (Table or Figure or Callout or Quote, _) or (_, Table or Figure or Callout or Quote) => Furniture.BlockGap,
        (Paragraph p, _) => (Roles.ForClass(p.StyleClass) ?? Roles.Body).SpaceAfter,
        _ => Roles.Body.SpaceAfter,
    };

    private Element Build(Block block, int listDepth, bool quoted) => Located(block switch
    {
        Heading h => HeadingBlock(h),
        Paragraph p => ParagraphBlock(p, quoted),
        BulletList b => List(b.Items, i => Bullets[Math.Min(listDepth, Bullets.Length - 1)], listDepth, quoted),
        NumberedList n => List(n.Items, i => $"{n.Start + i}.", listDepth, quoted),
        Table t => TableBlock(t, topLevel: listDepth == 0 && !quoted && _boxed == 0),
        Figure f => new FigureElement(_context, _styles, f),
        Callout c => CalloutBlock(c),
        Quote q => new InsetElement(_context, Column(q.Blocks, listDepth, quoted: true, tag: null), StructureTag.BlockQuote)
        {
            Left = Roles.Quote.IndentLeft, RuleColor = Furniture.QuoteRuleColor, RuleWidth = Furniture.QuoteRuleWidth, Top = 2, Bottom = 2,
        },
        PageBreak => new PageBreakElement(_context),
        Cover c => CoverBlock(c),
        DefinitionList d => DefinitionListBlock(d, listDepth, quoted),
        SourceList s => SourceListBlock(s),
        EndnotesBlock e => EndnotesColumn(e),
        _ => throw new InvalidOperationException($"No PDF layout for block {block.GetType().Name}."),
    }, block);

    private static Element Located(Element element, Block block)
    {
        element.LocateAt(block.Span);
        return element;
    }

    // A table with a chart: the chart follows the table, kept on its page when the table is short enough to be kept whole.
    // A top-level table may break out into the right margin, and shares its widths with the DOCX.
    private Element TableBlock(Table t, bool topLevel)
    {
        var table = new TableElement(_context, _styles, t, topLevel ? _context.Theme.Table.BreakoutOn(_context.Theme.Page) : 0, topLevel);
        if (t.Chart is null) return table;
        table.LocateAt(t.Span);
        var chart = new ChartElement(_context, t.Chart);
        chart.LocateAt(t.Span);
        return new ColumnElement(_context, new List<(Element, double)> { (table, 0), (chart, Furniture.BlockGap) })
        {
            KeepTogether = Rendering.TableSplitRules.KeepWhole(t.Rows.Count),
        };
    }

    private Element HeadingBlock(Heading h)
    {
        var style = _styles.Heading(h.Level);
        var tag = h.Level switch { 2 => StructureTag.H2, >= 3 => StructureTag.H3, _ => StructureTag.H1 };
        var title = InlineFlattener.PlainText(h.Content);
        return new TextBlockElement(_context, _styles.Shape(h.Content, style, h.Span), TextAlign.Left, tag)
        {
            KeepWithNext = Roles.Heading(h.Level).KeepWithNext,
            AnchorId = h.Id,
            Bookmark = h.Level >= 1 ? (title, h.Level) : null,
        };
    }

    private Element ParagraphBlock(Paragraph p, bool quoted)
    {
        var style = _styles.ForClass(p.StyleClass) ?? (quoted ? _styles.Quote : _styles.Body);
        var align = _context.Theme.Justify && p.StyleClass is null ? TextAlign.Justify : TextAlign.Left;
        return new TextBlockElement(_context, _styles.Shape(p.Content, style, p.Span), align, StructureTag.P)
        {
            Paragraph = p.StyleClass is null ? _context.Paragraphs : null,
            KeepWithNext = Roles.ForClass(p.StyleClass)?.KeepWithNext ?? false,
        };
    }

    private Element List(IReadOnlyList<ListItem> items, Func<int, string> label, int listDepth, bool quoted)
    {
        var indent = Furniture.ListIndent;
        var elements = new List<(Element, double)>();
        for (int i = 0; i < items.Count; i++)
        {
            var body = Column(items[i].Blocks, listDepth + 1, quoted, StructureTag.LBody);
            var style = quoted ? _styles.Quote : _styles.Body;
            var frags = _styles.Shape(new[] { new StyledRun(label(i), style) }, Diagnostics.SourceSpan.None);
            var line = _context.Breaker.Break(frags, 1000, TextAlign.Left)[0];
            elements.Add((new ListItemElement(_context, line, body, indent), i == 0 ? 0 : Furniture.ListItemAfter));
        }
        return new ColumnElement(_context, elements, StructureTag.L) { KeepTogether = items.Count <= Furniture.KeepListItems };
    }

    private Element CalloutBlock(Callout c)
    {
        var pad = Furniture.CalloutPadding;
        _boxed++; // a table in a box keeps to the box
        var inner = Column(c.Blocks, 0, quoted: false, tag: null);
        _boxed--;
        Element content = inner;
        if (!string.IsNullOrEmpty(c.Title))
        {
            var title = new TextBlockElement(_context,
                _styles.Shape(new[] { new StyledRun(c.Title, _styles.CalloutTitle) }, c.Span), TextAlign.Left, StructureTag.P)
            { KeepWithNext = true };
            content = new ColumnElement(_context, new List<(Element, double)> { (title, 0), (inner, Roles.CalloutTitle.SpaceAfter) });
        }
        return new InsetElement(_context, content, StructureTag.Div)
        {
            Left = pad + Furniture.CalloutRuleWidth, Right = pad, Top = pad, Bottom = pad,
            Fill = Furniture.CalloutFill, RuleColor = Furniture.CalloutRuleColor, RuleWidth = Furniture.CalloutRuleWidth,
        };
    }
}
