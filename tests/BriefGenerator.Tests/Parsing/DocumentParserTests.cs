using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Parsing;

/// <summary>Brief markup → document tree.</summary>
public class DocumentParserTests
{
    private static BriefDocument Parse(string markup)
    {
        var bag = new DiagnosticBag();
        var doc = DocumentParser.Parse(markup, SampleDocuments.Info(), "markup", bag);
        Assert.Empty(bag);
        return doc!;
    }

    private static string Plain(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text t => t.Value,
        Strong s => Plain(s.Children),
        Emphasis e => Plain(e.Children),
        Link l => Plain(l.Children),
        CrossRef c => Plain(c.Children),
        Code c => c.Value,
        _ => " ",
    }));

    [Fact]
    public void Seed_markup_gives_cover_summary_sections_and_numbered_tables()
    {
        var doc = Parse(File.ReadAllText(RepoPaths.TestData("templates", "policy-brief.seed.md")));
        var cover = Assert.IsType<Cover>(doc.Blocks[0]);
        var title = Assert.IsType<Heading>(cover.Blocks[0]);
        Assert.Equal(0, title.Level);
        Assert.Contains(cover.Blocks.OfType<Paragraph>(), p => p.StyleClass == "subtitle");
        Assert.Contains(cover.Blocks.OfType<Paragraph>(), p => p.StyleClass == "date" && Plain(p.Content) == "27 November 2026");

        // The back page follows the sections: "About this brief" and its subsections.
        var all = doc.Blocks.OfType<Heading>().ToList();
        Assert.Equal("back-page", all.Single(h => Plain(h.Content) == "About this brief").Id);
        Assert.Contains(all, h => h.Level == 2 && Plain(h.Content) == "How to cite this brief");
        var headings = all.TakeWhile(h => h.Id != "back-page").ToList();
        Assert.Equal(8, headings.Count);
        Assert.All(headings, h => Assert.Equal(1, h.Level));
        Assert.Equal("executive-summary", headings[0].Id);
        Assert.Equal("In Retrospect", Plain(headings[^1].Content));

        var callout = Assert.Single(doc.Blocks.OfType<Callout>());
        Assert.Equal("Key points", callout.Title);
        Assert.Equal(4, Assert.IsType<BulletList>(Assert.Single(callout.Blocks)).Items.Count);

        var tables = doc.Blocks.OfType<Table>().ToList();
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, tables.Select(t => t.Number));
        Assert.Equal(new[] { 3, 2, 2, 2, 2, 3 }, tables.Select(t => t.Columns.Count));
        Assert.Equal("Focus areas of US–Uzbekistan cooperation", Plain(tables[0].Caption));
        Assert.Equal("tbl-focus-areas", tables[0].Id);
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => Plain(p.Content).StartsWith("Table:"));
    }

    [Fact]
    public void Bold_lead_ins_survive_in_list_items()
    {
        var doc = Parse("- **Terrorism:** a risk.\n- **Water:** scarce.\n");
        var list = Assert.IsType<BulletList>(Assert.Single(doc.Blocks));
        var first = Assert.IsType<Paragraph>(list.Items[0].Blocks[0]);
        Assert.Equal("Terrorism:", Plain(Assert.IsType<Strong>(first.Content[0]).Children));
        Assert.Equal(" a risk.", Plain(first.Content.Skip(1)));
    }

    [Fact]
    public void Nested_and_numbered_lists_keep_their_shape()
    {
        var doc = Parse("3. three\n   - nested a\n   - nested b\n4. four\n");
        var list = Assert.IsType<NumberedList>(Assert.Single(doc.Blocks));
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
        var nested = Assert.IsType<BulletList>(list.Items[0].Blocks[1]);
        Assert.Equal(2, nested.Items.Count);
    }

    [Fact]
    public void Links_become_cross_references_or_external_links()
    {
        var doc = Parse("## Target {#here}\n\nSee [there](#here), [site](https://example.org) and [bad](javascript:x).\n");
        var p = Assert.IsType<Paragraph>(doc.Blocks[1]);
        Assert.Equal("here", Assert.Single(p.Content.OfType<CrossRef>()).TargetId);
        Assert.Equal("https://example.org", Assert.Single(p.Content.OfType<Link>()).Url);
        Assert.Contains("bad.", Plain(p.Content));
    }

    [Fact]
    public void Page_breaks_quotes_and_unicode_text_come_through()
    {
        var doc = Parse("Oʻzbekiston and Тоҷикистон.\n\n\\newpage\n\n> Quoted.\n");
        Assert.Equal("Oʻzbekiston and Тоҷикистон.", Plain(Assert.IsType<Paragraph>(doc.Blocks[0]).Content));
        Assert.IsType<PageBreak>(doc.Blocks[1]);
        Assert.IsType<Quote>(doc.Blocks[2]);
    }

    [Fact]
    public void Heading_levels_map_from_markup_and_ids_from_attributes()
    {
        var doc = Parse("# Title\n\n## Section {#sec}\n\n### Sub\n\n#### Deep\n");
        var hs = doc.Blocks.OfType<Heading>().ToList();
        Assert.Equal(new[] { 0, 1, 2, 3 }, hs.Select(h => h.Level));
        Assert.Equal("sec", hs[1].Id);
        Assert.Equal("Section", Plain(hs[1].Content));
        Assert.Equal("sub", hs[2].Id);
    }

    [Fact]
    public void Short_rows_are_padded_to_the_header_width()
    {
        var doc = Parse("| A | B | C |\n|---|---|---|\n| 1 |\n");
        var t = Assert.IsType<Table>(Assert.Single(doc.Blocks));
        Assert.Equal(3, Assert.Single(t.Rows).Cells.Count);
    }

    [Fact]
    public void Empty_cells_keep_their_column()
    {
        var doc = Parse("| A | B | C |\n|---|---|---|\n| 1 |  | 3 |\n");
        var row = Assert.Single(Assert.IsType<Table>(Assert.Single(doc.Blocks)).Rows);
        Assert.Equal(new[] { "1", "", "3" }, row.Cells.Select(c => Plain(c.Content)));
    }
}
