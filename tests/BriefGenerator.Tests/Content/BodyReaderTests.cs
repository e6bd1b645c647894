using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;

namespace BriefGenerator.Tests.Content;

/// <summary>How the body format is read: ids, captions before or after, alignment, positions.</summary>
public class BodyReaderTests
{
    private static (Brief? Brief, DiagnosticBag Bag) Load(string body)
    {
        var bag = new DiagnosticBag();
        var text = "---\ntitle: T\ndate: 2026-01-01\n---\n" + body;
        return (ContentLoader.LoadText(text, "slug", "brief.md", bag), bag);
    }

    [Fact]
    public void Section_ids_are_derived_from_titles_and_made_unique()
    {
        var (brief, bag) = Load("## Économie & Sécurité: 2026\n\nx\n\n## Économie & Sécurité: 2026\n\ny\n");
        Assert.Empty(bag);
        Assert.Equal(new[] { "economie-securite-2026", "economie-securite-2026-1" }, brief!.Sections.Select(s => s.Id));
    }

    [Fact]
    public void A_caption_after_the_table_is_read_too_and_alignment_comes_from_the_delimiter_row()
    {
        var (brief, bag) = Load("## S\n\n| Name | Count | Share |\n|:--|--:|:-:|\n| a | 1 | 2 |\n\nTable: After the table {#tbl-after}\n");
        Assert.Empty(bag);
        var t = Assert.Single(brief!.Tables);
        Assert.Equal("After the table", t.Caption);
        Assert.Equal("tbl-after", t.Id);
        Assert.Equal(new[] { ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Center }, t.Columns.Select(c => c.Align));
    }

    [Fact]
    public void A_table_without_caption_has_an_empty_caption_and_no_id()
    {
        var (brief, _) = Load("## S\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
        var t = Assert.Single(brief!.Tables);
        Assert.Equal("", t.Caption);
        Assert.Null(t.Id);
    }

    [Fact]
    public void Cross_references_to_known_ids_are_silent()
    {
        var (_, bag) = Load("See [the table](#tbl-x) and [the section](#s).\n\n## S {#s}\n\nTable: X {#tbl-x}\n\n| A |\n|---|\n| 1 |\n");
        Assert.Empty(bag);
    }

    [Fact]
    public void Diagnostics_point_at_the_file_line()
    {
        var (_, bag) = Load("\n## S\n\nSee [x](#nowhere).\n");
        var d = Assert.Single(bag);
        Assert.Equal(DiagnosticCodes.UnknownCrossRef, d.Code);
        Assert.Equal(8, d.Span.Line);
        Assert.Equal(5, d.Span.Column);
    }

    [Fact]
    public void Empty_cells_keep_their_column()
    {
        var (brief, bag) = Load("## S\n\n| A | B | C |\n|---|---|---|\n| 1 |  | 3 |\n");
        Assert.Empty(bag);
        Assert.Equal(new[] { "1", "", "3" }, Assert.Single(brief!.Tables).Rows[0]);
    }
}
