using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace BriefGenerator.Tests.Docx;

/// <summary>Comparison tables: repeating header rows, unsplittable rows, content-based widths, SEQ captions.</summary>
public class DocxTableTests
{
    [Fact]
    public void Every_table_has_a_repeating_header_row_and_rows_that_do_not_split()
    {
        var bytes = DocxTestRender.Render(DocxTestRender.With(LongTable(240), LongTable(3, 4, 2, "tbl-two")));
        using var doc = DocxTestRender.Open(bytes);
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<WTable>().ToList();
        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        }
        Assert.Equal(241, tables[0].Elements<TableRow>().Count());
    }

    [Fact]
    public void Column_counts_widths_and_alignment_follow_the_table()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var table = doc.MainDocumentPart!.Document.Body!.Elements<WTable>().Single();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
        Assert.Equal(3, grid.Count);
        Assert.All(table.Elements<TableRow>(), r => Assert.Equal(3, r.Elements<TableCell>().Count()));
        Assert.Equal((int)Math.Round(Theme.Default.Page.ContentWidth * 20), grid.Sum());
        // "Economic Development" and "Enhance joint operations" need more room than "Reduced threats".
        Assert.True(grid[1] > grid[2] * 0.9);
        var lastCell = table.Elements<TableRow>().Last().Elements<TableCell>().Last();
        Assert.Equal(JustificationValues.Right, lastCell.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal("BriefTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
    }

    [Fact]
    public void Caption_is_above_with_a_seq_field_and_a_bookmark()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var table = doc.MainDocumentPart!.Document.Body!.Elements<WTable>().Single();
        var caption = (Paragraph)table.PreviousSibling()!;
        Assert.Equal("Caption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Contains(caption.Descendants<FieldCode>(), f => f.Text.Trim().StartsWith("SEQ Table", StringComparison.Ordinal));
        Assert.Equal("Table 1: Areas of focus", string.Concat(caption.Descendants<Text>().Select(t => t.Text)));
        Assert.Contains(caption.Elements<BookmarkStart>(), b => b.Name == "tbl_areas_" + b.Name!.Value![^6..]);
    }

    [Fact]
    public void Table_style_fills_the_header_row_and_stripes_the_body()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BriefTable");
        var header = style.Elements<TableStyleProperties>().Single(p => p.Type!.Value == TableStyleOverrideValues.FirstRow);
        Assert.Equal("1F4E79", header.Descendants<Shading>().Single().Fill!.Value);
        Assert.Equal("FFFFFF", header.Descendants<Color>().Single().Val!.Value);
        Assert.Contains(style.Elements<TableStyleProperties>(), p => p.Type!.Value == TableStyleOverrideValues.Band2Horizontal);
    }

    [Fact]
    public void Short_tables_stay_whole_and_long_ones_keep_two_rows_on_each_side_of_a_break()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(DocxTestRender.With(
            LongTable(8, 3, 1, "short"), LongTable(9, 3, 2, "nine"), LongTable(40, 3, 3, "long"))));
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<WTable>().ToList();
        static List<string> RowStyles(WTable t) => t.Elements<TableRow>()
            .Select(r => r.Descendants<ParagraphStyleId>().First().Val!.Value!).ToList();
        // Up to 8 body rows: every row kept with the next (header + 8 rows, the last one free).
        Assert.Equal(Enumerable.Repeat("TableTextKeep", 8).Append("TableText"), RowStyles(tables[0]));
        // Longer: the header with the first two rows, the last two rows together, breaks allowed in between.
        foreach (var (table, rows) in new[] { (tables[1], 9), (tables[2], 40) })
        {
            var styles = RowStyles(table);
            Assert.Equal(rows + 1, styles.Count);
            Assert.Equal(new[] { "TableTextKeep", "TableTextKeep", "TableText" }, styles.Take(3));
            Assert.Equal(new[] { "TableText", "TableTextKeep", "TableText" }, styles.Skip(rows - 2));
            Assert.All(styles.Skip(2).Take(rows - 4), s => Assert.Equal("TableText", s));
        }
    }

    [Fact]
    public void Paragraph_after_a_table_keeps_a_gap_but_a_heading_uses_its_own_spacing()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Render(DocxTestRender.With(
            LongTable(2, 2, 1, "a"), P("After the table."), LongTable(2, 2, 2, "b"), H(1, "h", "Heading after"))));
        var body = doc.MainDocumentPart!.Document.Body!;
        var after = body.Elements<Paragraph>().Single(p => p.InnerText == "After the table.");
        Assert.Equal(((int)Math.Round(Theme.Default.Spacing.BlockGap * 20)).ToString(), after.ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
        var heading = body.Elements<Paragraph>().Single(p => p.InnerText == "Heading after");
        Assert.Null(heading.ParagraphProperties!.SpacingBetweenLines);
    }
}
