using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Parsing;

/// <summary>Typography by language, superscript and subscript, line breaks, definition lists and grid tables in the
/// document tree.</summary>
public class TypographyAndConstructsTests
{
    private static BriefDocument Parse(string markup, string language = "en-US", bool smartQuotes = true)
    {
        var doc = DocumentParser.Parse(markup, SampleDocuments.Info(language: language), "markup", new DiagnosticBag(), smartQuotes);
        return doc!;
    }

    private static Paragraph First(BriefDocument doc) => doc.Blocks.OfType<Paragraph>().First();

    [Theory]
    [InlineData("en-US", "He said \u201Cit\u2019s \u2018fine\u2019\u201D \u2013 twice \u2014 in the \u201990s\u2026")]
    [InlineData("fr", "He said \u00AB\u202Fit\u2019s \u2039\u202Ffine\u202F\u203A\u202F\u00BB \u2013 twice \u2014 in the \u201990s\u2026")]
    [InlineData("de-DE", "He said \u201Eit\u2019s \u201Afine\u2018\u201C \u2013 twice \u2014 in the \u201990s\u2026")]
    [InlineData("ru", "He said \u00ABit\u2019s \u201Efine\u201C\u00BB \u2013 twice \u2014 in the \u201990s\u2026")]
    public void Quotes_dashes_and_ellipses_follow_the_language(string language, string expected)
    {
        var p = First(Parse("He said \"it's 'fine'\" -- twice --- in the '90s...", language));
        Assert.Equal(expected, Assert.IsType<Text>(Assert.Single(p.Content)).Value);
    }

    [Fact]
    public void Code_and_a_theme_with_smart_quotes_off_keep_the_text_as_typed()
    {
        var p = First(Parse("A \"quote\" and `\"code\" -- ...`."));
        Assert.Equal("\"code\" -- ...", p.Content.OfType<Code>().Single().Value);
        Assert.Equal("A \u201Cquote\u201D and ", ((Text)p.Content[0]).Value);
        var off = First(Parse("A \"quote\" -- here...", smartQuotes: false));
        Assert.Equal("A \"quote\" -- here...", ((Text)off.Content[0]).Value);
    }

    [Fact]
    public void The_theme_key_smart_quotes_turns_typography_off()
    {
        var bag = new DiagnosticBag();
        Assert.False(BriefGenerator.Theming.ThemeLoader.Parse("smart_quotes: false\n", "theme.yaml", bag)!.SmartQuotes);
        Assert.True(BriefGenerator.Theming.ThemeLoader.Parse("justify: true\n", "theme.yaml", bag)!.SmartQuotes);
        Assert.Empty(bag);
    }

    [Fact]
    public void A_quote_opened_before_bold_closes_after_it()
    {
        var p = First(Parse("\"**Bold**\" text"));
        Assert.Equal("\u201C", ((Text)p.Content[0]).Value);
        Assert.Equal("\u201D text", ((Text)p.Content[2]).Value);
    }

    [Fact]
    public void Superscript_subscript_and_line_breaks_are_nodes()
    {
        var p = First(Parse("km^3^, CO~2~, x<sup>2</sup>, H<sub>2</sub>O, a<br>b and c<br/>d; ~5% to ~10% stays."));
        Assert.Equal(2, p.Content.OfType<Superscript>().Count());
        Assert.Equal(2, p.Content.OfType<Subscript>().Count());
        Assert.Equal(2, p.Content.OfType<LineBreak>().Count());
        Assert.Contains(p.Content.OfType<Text>(), t => t.Value.Contains("~5% to ~10% stays."));
    }

    [Fact]
    public void Unknown_inline_html_stays_visible_and_an_image_keeps_its_alt_text()
    {
        var p = First(Parse("The <EU> and <img src=\"m.png\" alt=\"Map\"> here."));
        Assert.Equal("The <EU> and Map here.", string.Concat(p.Content.OfType<Text>().Select(t => t.Value)));
        var tag = First(Parse("A \"quote\" and <span class=\"x\">text</span>."));
        Assert.Equal("A \u201Cquote\u201D and <span class=\"x\">text</span>.", ((Text)Assert.Single(tag.Content)).Value);
    }

    [Fact]
    public void Definition_lists_hold_terms_and_their_blocks()
    {
        var doc = Parse("Basin\n:   The area drained.\n\n    More.\n\nQuota\n:   A share.\n");
        var list = Assert.IsType<DefinitionList>(Assert.Single(doc.Blocks));
        Assert.Equal(2, list.Items.Count);
        Assert.Equal("Basin", ((Text)list.Items[0].Terms[0][0]).Value);
        Assert.Equal(2, list.Items[0].Definition.Count);
    }

    [Fact]
    public void Grid_tables_keep_header_groups_and_spans()
    {
        const string grid = """
            +--------+--------+--------+
            | Area   | Capacity        |
            +        +--------+--------+
            |        | 2020   | 2025   |
            +========+========+========+
            | A      | 1      | 2      |
            +--------+--------+--------+
            | B spans two     | 4      |
            +--------+--------+--------+
            """;
        var table = Assert.IsType<Table>(Assert.Single(Parse(grid).Blocks));
        Assert.Equal(3, table.Columns.Count);
        Assert.Equal(2, table.Head.Count);
        Assert.Equal(2, table.Head[0].Cells[0].RowSpan);
        Assert.Equal(2, table.Head[0].Cells[1].ColumnSpan);
        Assert.True(table.Head[0].Cells[2].Covered);
        Assert.True(table.Head[1].Cells[0].Covered);
        Assert.Equal(2, table.Rows[1].Cells[0].ColumnSpan);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
    }
}
