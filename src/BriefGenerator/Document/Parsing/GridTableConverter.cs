using BriefGenerator.Content;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Document.Parsing;

/// <summary>Turns a grid table (<c>+---+</c>) into a <see cref="Table"/> with its cells' spans: the rows above the
/// <c>+===+</c> line are header rows (column groups over columns), the rest body rows; positions a spanning cell
/// covers hold covered cells. A cell's lists or code are kept as lines of text.</summary>
internal sealed class GridTableConverter
{
    private readonly Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> _typeset;
    private readonly Func<ContainerInline?, IReadOnlyList<Inline>> _convert;

    public GridTableConverter(Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> typeset, Func<ContainerInline?, IReadOnlyList<Inline>> convert)
    {
        _typeset = typeset;
        _convert = convert;
    }

    public Table Convert(MdTable t, string? id, int number, IReadOnlyList<Inline> caption, SourceSpan span)
    {
        var width = TableGrid.Columns(t);
        var grid = TableGrid.Place(t, width);
        var headerCount = TableGrid.HeaderRows(t);
        var rows = grid.Select(Row).ToList();
        var columns = new List<TableColumn>();
        for (var c = 0; c < width; c++)
        {
            var align = c < t.ColumnDefinitions.Count ? t.ColumnDefinitions[c].Alignment : null;
            var header = headerCount > 0 ? rows[0].Cells[c].Content : Array.Empty<Inline>();
            columns.Add(new TableColumn(header, align switch
            {
                TableColumnAlign.Center => ColumnAlign.Center,
                TableColumnAlign.Right => ColumnAlign.Right,
                _ => ColumnAlign.Left,
            }));
        }
        return new Table(id, number, caption, columns, rows.Skip(headerCount).ToList(), span)
        {
            HeaderRows = rows.Take(headerCount).ToList(),
        };
    }

    private TableRow Row(GridSlot[] slots) => new(slots.Select(s => s.Covered ? TableCell.CoveredPosition
        : s.Cell is null ? new TableCell(Array.Empty<Inline>())
        : new TableCell(Content(s.Cell), s.ColumnSpan, s.RowSpan)).ToList());

    // Every paragraph, list item and code line of the cell, one after another on lines of their own.
    private IReadOnlyList<Inline> Content(MdTableCell cell)
    {
        var inlines = new List<Inline>();
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            var part = leaf switch
            {
                CodeBlock code => code.Lines.ToString().TrimEnd('\n').Split('\n').SelectMany((l, i) => i == 0 ? new Inline[] { new Code(l) } : new Inline[] { new LineBreak(), new Code(l) }).ToList(),
                { Inline: { } inline } => _convert(inline),
                _ => Array.Empty<Inline>(),
            };
            if (part.Count == 0) continue;
            if (inlines.Count > 0) inlines.Add(new LineBreak());
            if (leaf.Parent is ListItemBlock { Parent: ListBlock list } && leaf.Parent.IndexOf(leaf) == 0)
                inlines.Add(new Text(list.IsOrdered ? $"{list.IndexOf(leaf.Parent) + 1}. " : "\u2022 "));
            inlines.AddRange(part);
        }
        return _typeset(inlines);
    }
}
