using Markdig.Syntax;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Import;

namespace BriefGenerator.Tests.Import;

/// <summary>The import heuristics one at a time, including the cases they must leave alone.</summary>
public class ImportHeuristicTests
{
    private static readonly ImportOptions Options = new(new DateOnly(2026, 1, 15));

    private static (string Text, Brief Brief) Import(string raw, string? title = null)
    {
        var bag = new DiagnosticBag();
        var imported = ArticleImporter.Convert(raw, Options with { Title = title }, "raw.txt", bag);
        Assert.NotNull(imported);
        var brief = ContentLoader.LoadText(imported!.Text, "x", "brief.md", bag);
        Assert.Empty(bag);
        return (imported.Text, brief!);
    }

    [Theory]
    [InlineData("- item", RawLineKind.Bullet, "item")]
    [InlineData("* item", RawLineKind.Bullet, "item")]
    [InlineData("• item", RawLineKind.Bullet, "item")]
    [InlineData("12. item", RawLineKind.Numbered, "item")]
    [InlineData("3) item", RawLineKind.Numbered, "item")]
    [InlineData("2026. A year of change.", RawLineKind.Text, "2026. A year of change.")]
    [InlineData("---|---|", RawLineKind.TableDelimiter, "---|---|")]
    [InlineData("|:--:|---:|", RawLineKind.TableDelimiter, "|:--:|---:|")]
    [InlineData("---", RawLineKind.Rule, "---")]
    [InlineData("a | b |", RawLineKind.TableRow, "a | b |")]
    [InlineData("## Heading", RawLineKind.MarkdownHeading, "Heading")]
    [InlineData("-5 degrees at night", RawLineKind.Text, "-5 degrees at night")]
    [InlineData("   ", RawLineKind.Blank, "")]
    public void Lines_are_classified(string line, RawLineKind kind, string content)
    {
        var raw = RawLine.Classify(1, line);
        Assert.Equal(kind, raw.Kind);
        Assert.Equal(content, raw.Content);
    }

    [Theory]
    [InlineData("Counterterrorism initiatives: Joint training.", "**Counterterrorism initiatives:** Joint training.")]
    [InlineData("One two three four five six: rest", "**One two three four five six:** rest")]
    [InlineData("One two three four five six seven: rest", "One two three four five six seven: rest")]
    [InlineData("See https://example.org for more", "See https://example.org for more")]
    [InlineData("Meet at 10:30 in the hall", "Meet at 10:30 in the hall")]
    [InlineData("No label here", "No label here")]
    [InlineData("Ends with U.S.: not a label", "Ends with U.S.: not a label")]
    public void Label_lead_ins_are_bold_only_when_short(string item, string expected)
    {
        Assert.Equal(expected, LabelLeadIn.Apply(item));
    }

    [Theory]
    [InlineData("Central Asia.A recent meeting", "Central Asia. A recent meeting")]
    [InlineData("the region.The talks", "the region. The talks")]
    [InlineData("stability,reducing risk", "stability, reducing risk")]
    [InlineData("U.S.Army and e.g.The", "U.S.Army and e.g.The")]
    [InlineData("Node.JS and ASP.NET", "Node.JS and ASP.NET")]
    [InlineData("1,000 people, 2,5 km", "1,000 people, 2,5 km")]
    [InlineData("two  spaces", "two spaces")]
    public void Scrape_repairs_are_conservative(string text, string expected)
    {
        Assert.Equal(expected, ScrapeRepair.Inline(text));
    }

    [Theory]
    [InlineData("the talks went well.", "The talks went well.")]
    [InlineData("iPhone sales rose.", "iPhone sales rose.")]
    [InlineData("Already capital.", "Already capital.")]
    public void Paragraphs_starting_with_a_lower_case_word_get_a_capital(string text, string expected)
    {
        Assert.Equal(expected, ScrapeRepair.Paragraph(text));
    }

    [Theory]
    [InlineData("Below is a table summarizing the anticipated benefits of trade:", "Anticipated benefits of trade")]
    [InlineData("To highlight this, below is a table showing water use by state:", "Water use by state")]
    [InlineData("Furthermore, key elements include:", "Key elements")]
    [InlineData("First sentence. Initiatives may include:", "Initiatives")]
    [InlineData("Among them are:", null)]
    [InlineData("Budget figures for 2026:", "Budget figures for 2026")]
    [InlineData("This paragraph does not introduce anything.", null)]
    [InlineData("A very long introducing sentence that goes on and on well past the twelve word limit for captions:", null)]
    public void Captions_come_from_the_introducing_sentence(string paragraph, string? caption)
    {
        Assert.Equal(caption, IntroCaption.From(paragraph));
    }

    [Theory]
    [InlineData("In Retrospect", true)]
    [InlineData("what comes next?", true)]
    [InlineData("A full sentence ends with a period.", false)]
    [InlineData("Key challenges include:", false)]
    [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen", false)]
    [InlineData("2026", false)]
    [InlineData("~~~ divider ~~~", false)]
    [InlineData("<b>Bold</b>", false)]
    [InlineData("“Quoted” Heading", true)]
    [InlineData("2026 in Review", true)]
    public void Heading_rule(string line, bool heading)
    {
        Assert.Equal(heading, HeadingRule.LooksLikeHeading(line));
    }

    [Theory]
    [InlineData("Economic Cooperation as a Catalyst for Enhanced Security in Central Asia", true)]
    [InlineData("Water Diplomacy with the Neighbours", true)]
    [InlineData("In recent dialogues between the United States and Uzbekistan, the", false)]
    [InlineData("Key security challenges facing Central Asia", false)]
    [InlineData("US and EU", false)]
    public void Title_case(string line, bool titleCase)
    {
        Assert.Equal(titleCase, HeadingRule.IsTitleCase(line));
    }

    [Fact]
    public void A_short_line_needs_content_after_it_to_be_a_heading()
    {
        var (text, brief) = Import("Title Line\n\nLede text.\n\nFirst Part\nShort line\nBody text.\n\nTrailing short line\n");
        Assert.Equal("Title Line", brief.Metadata.Title);
        Assert.Equal(new[] { "Short line" }, brief.Sections.Select(s => s.Title));
        Assert.Contains("First Part\n\n## Short line", text);
        Assert.EndsWith("Body text.\n\nTrailing short line\n", text);
    }

    [Fact]
    public void Without_headings_the_title_is_the_first_sentence_shortened()
    {
        var (_, brief) = Import("Ministers from five Central Asian states met in Almaty on Tuesday to discuss a common water strategy for the coming decade. Nothing was signed.\n");
        Assert.Equal("Ministers from five Central Asian states met in Almaty on Tuesday to…", brief.Metadata.Title);
        Assert.StartsWith("Ministers from five", brief.Lede);
    }

    [Fact]
    public void Cyrillic_text_is_russian_and_markdown_lookalikes_are_escaped()
    {
        var (text, brief) = Import("Водная дипломатия\n\nТаджикистан и Узбекистан обсуждают воду.\n\n# Итоги\n\nTable: not a caption here.\n\n> not a quote <b>bold</b>\n");
        Assert.Equal("ru", brief.Metadata.Language);
        Assert.Equal("Водная дипломатия", brief.Metadata.Title);
        Assert.Equal(new[] { "Итоги" }, brief.Sections.Select(s => s.Title));
        Assert.Contains("Table\\: not a caption here.", text);
        Assert.Contains("\\> not a quote \\<b>bold\\</b>", text);
        Assert.Empty(brief.Tables);
    }

    [Theory]
    [InlineData("Plain Title")]
    [InlineData("Security: A Collaborative Approach")]
    [InlineData("\"Quoted\" start")]
    [InlineData("- dash start")]
    [InlineData("yes")]
    [InlineData("2026-01-01")]
    [InlineData("C# and #hashtags")]
    [InlineData("Back\\slash and 'quotes'")]
    [InlineData("Тоҷикистон ва Oʻzbekiston")]
    public void Titles_survive_the_front_matter_round_trip(string title)
    {
        var (_, brief) = Import("Some lede text.\n", title);
        Assert.Equal(title, brief.Metadata.Title);
    }

    [Fact]
    public void Table_ids_are_unique_and_tables_without_intro_are_numbered()
    {
        var (_, brief) = Import("Lede.\n\nThe figures are:\n\na | b\n---|---\n1 | 2\n\nThe figures are:\n\n|a|b|\n|---|---|\n|3|4|\n\nc | d\n--|--\n5 | 6\n");
        Assert.Equal(new[] { "The figures", "The figures", "Table 3" }, brief.Tables.Select(t => t.Caption));
        Assert.Equal(new[] { "tbl-the-figures", "tbl-the-figures-1", "tbl-3" }, brief.Tables.Select(t => t.Id));
    }

    [Fact]
    public void Markdown_lookalikes_stay_text_and_never_swallow_what_follows()
    {
        var raw = "Notes on Sources\n\n```\n[1]: https://example.org/report\n~~~ divider ~~~\n-\n<div>markup</div>\nThe last paragraph.\n";
        var (text, brief) = Import(raw);
        var doc = MarkdownSyntax.Parse(text.Split("\n---\n", 2)[1]);
        Assert.Empty(doc.Descendants<Markdig.Syntax.FencedCodeBlock>());
        Assert.Empty(doc.Descendants<Markdig.Syntax.HtmlBlock>());
        Assert.Empty(doc.Descendants<Markdig.Syntax.ListBlock>());
        Assert.Empty(doc.Descendants<Markdig.Syntax.LinkReferenceDefinition>());
        Assert.Equal("Notes on Sources", brief.Metadata.Title);
        Assert.Equal(6, doc.OfType<Markdig.Syntax.ParagraphBlock>().Count());
        Assert.Empty(brief.Sections);
        Assert.EndsWith("The last paragraph.", brief.Lede);
    }
}
