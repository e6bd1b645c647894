using System.Text.RegularExpressions;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Import;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Import;

/// <summary>Hard-wrapped text (one paragraph over several lines) is joined back into paragraphs and list items, and
/// read back as a reader would: through the content loader, by sections, paragraphs and their text.</summary>
public class HardWrapImportTests
{
    private const string Seed = "us-uzbekistan-security.txt";
    private static readonly ImportOptions Options = new(ImportTestInputs.Date);

    private static (ImportedBrief Imported, Brief Brief) Import(string raw)
    {
        var bag = new DiagnosticBag();
        var imported = ArticleImporter.Convert(raw, Options, "raw.txt", bag);
        Assert.NotNull(imported);
        var brief = ContentLoader.LoadText(imported!.Text, "x", "brief.md", bag);
        Assert.Empty(bag);
        return (imported, brief!);
    }

    private static string[] Paragraphs(string markdown) =>
        markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void The_seed_wrapped_at_72_columns_imports_to_the_same_brief()
    {
        var raw = ImportTestInputs.Raw(Seed);
        var wrapped = TextWrapper.Wrap(raw, 72);
        Assert.Equal(72, wrapped.Split('\n').Where(l => !l.Contains('|')).Max(l => l.Length));
        Assert.True(wrapped.Split('\n').Length > 2 * raw.Split('\n').Length);

        var (plain, _) = Import(raw);
        var (joined, brief) = Import(wrapped);
        Assert.Null(plain.WrapWidth);
        Assert.Equal(71, joined.WrapWidth); // the widest tenth of the lines (72 columns) is set aside
        Assert.Equal(plain.Text, joined.Text);
        Assert.Equal(7, brief.Sections.Count);
        Assert.Equal(raw.Split('\n')[0], brief.Lede);
    }

    [Fact]
    public void Without_a_hanging_indent_list_items_that_reach_the_width_still_join()
    {
        var raw = ImportTestInputs.Raw(Seed);
        var (plain, _) = Import(raw);
        var (joined, _) = Import(TextWrapper.Wrap(raw, 72, hangingIndent: ""));
        Assert.Equal(plain.Text, joined.Text);
    }

    [Fact]
    public void Wrapped_without_blank_lines_only_paragraphs_whose_last_line_reaches_the_width_run_together()
    {
        // As `fold -s -w 72` leaves it: no blank lines, no hanging indent. Long title-case headings (69 to 72 columns)
        // still stay apart from the paragraph under them. A paragraph or item whose last line happens to reach the
        // wrap width cannot be told from a wrapped line, so it runs into the next paragraph: three places in the seed,
        // one of which takes the sentence that introduces a table into a list item, so that table is "Table 2".
        var raw = ImportTestInputs.Raw(Seed);
        var (plain, _) = Import(raw);
        var (folded, brief) = Import(TextWrapper.Wrap(raw, 72, hangingIndent: "", blankLines: false));
        var expected = plain.Text;
        foreach (var (joined, apart) in new[]
                 {
                     ("regional stability. Moreover, the two", "regional stability.\n\nMoreover, the two"),
                     ("improved defenses. To effectively", "improved defenses.\n\nTo effectively"),
                     ("external threats. Furthermore, initiatives", "external threats.\n\nFurthermore, initiatives"),
                     ("Table: Table 2 {#tbl-2}", "Table: Initiatives {#tbl-initiatives}"),
                 })
        {
            Assert.Single(Regex.Matches(expected, Regex.Escape(apart)));
            expected = expected.Replace(apart, joined);
        }
        Assert.Equal(expected, folded.Text);
        Assert.Equal(SeedFacts.SectionTitles, brief.Sections.Select(s => s.Title));
    }

    [Fact]
    public void A_short_heading_line_stays_a_heading_above_its_wrapped_paragraph()
    {
        var raw = """
        Water Talks Resume in Dushanbe
        Ministers from the five Central Asian states met in Dushanbe on Tuesday
        to agree a schedule for reservoir releases before the growing season,
        the first such schedule since the 1992 Almaty agreement. The talks will
        resume in spring.

        Next Steps
        Negotiators want daily gauge readings published from every station on
        the main stem of the river.
        """ + "\n";
        var (imported, brief) = Import(raw);
        Assert.Equal(71, imported.WrapWidth);
        Assert.Equal("Water Talks Resume in Dushanbe", brief.Metadata.Title);
        Assert.Equal("Ministers from the five Central Asian states met in Dushanbe on Tuesday to agree a schedule for " +
                     "reservoir releases before the growing season, the first such schedule since the 1992 Almaty " +
                     "agreement. The talks will resume in spring.", brief.Lede);
        var section = Assert.Single(brief.Sections);
        Assert.Equal("Next Steps", section.Title);
        Assert.Equal("Negotiators want daily gauge readings published from every station on the main stem of the river.",
            Assert.Single(Paragraphs(section.Body)));
    }

    [Fact]
    public void Wrapped_list_items_join_their_item_and_the_paragraph_after_the_list_stays_apart()
    {
        var raw = """
        Basin Cooperation

        Negotiators have agreed on a sequence of steps that the ministers will
        review at their next meeting in Dushanbe:

        - Data sharing: publish daily gauge readings from every station on the
          main stem, starting with the Nurek dam.
        - Seasonal schedules: agree reservoir releases before each growing
        season, with downstream states consulted.
        - Monitoring.
        The ministers meet again in spring.
        """ + "\n";
        var (imported, brief) = Import(raw);
        Assert.Equal(70, imported.WrapWidth);
        Assert.Equal("Basin Cooperation", brief.Metadata.Title);
        Assert.Empty(brief.Sections);
        Assert.Equal(new[]
        {
            "Negotiators have agreed on a sequence of steps that the ministers will review at their next meeting in Dushanbe:",
            "- **Data sharing:** publish daily gauge readings from every station on the main stem, starting with the Nurek dam.\n" +
            "- **Seasonal schedules:** agree reservoir releases before each growing season, with downstream states consulted.\n" +
            "- Monitoring.",
            "The ministers meet again in spring.",
        }, Paragraphs(brief.Lede));
    }

    [Fact]
    public void An_indented_line_continues_a_list_item_even_when_the_text_is_not_hard_wrapped()
    {
        var (imported, _) = Import("Short Title\n\nLede.\n\n- First item\n  goes on here.\n- Second item.\nA paragraph.\n");
        Assert.Null(imported.WrapWidth);
        Assert.Contains("- First item goes on here.\n- Second item.\n\nA paragraph.\n", imported.Text);
    }

    [Fact]
    public void One_paragraph_a_line_stays_as_it_was_even_with_similar_short_lines()
    {
        var raw = """
        Reservoir Season Opens
        The talks ended on Tuesday in Almaty with a joint statement.
        Both sides agreed to share gauge data from every station.
        Officials said the first readings would be published in May.
        A further round is planned for the autumn in Tashkent.
        Farmers downstream welcomed the news but want guarantees.
        """ + "\n";
        var (imported, brief) = Import(raw);
        Assert.Null(imported.WrapWidth);
        Assert.Equal(5, Paragraphs(brief.Lede).Length);
    }

    [Fact]
    public void A_line_broken_at_a_hyphen_keeps_the_hyphen_and_loses_the_space()
    {
        var raw = """
        Title of the Note

        The agreement covers the US-Uzbekistan security dialogue and the inter-
        national monitoring of the basin, which both capitals called a long-
        awaited step; officials in Tashkent said that the next round of US-
        Uzbekistan talks, planned for the dry season of the years from 2026-
        2027 onwards, would continue the work of the basin commission so far -
        the round after that is in spring.
        """ + "\n";
        var (imported, brief) = Import(raw);
        Assert.Equal(71, imported.WrapWidth);
        Assert.Equal("The agreement covers the US-Uzbekistan security dialogue and the inter-national monitoring of " +
                     "the basin, which both capitals called a long-awaited step; officials in Tashkent said that the " +
                     "next round of US-Uzbekistan talks, planned for the dry season of the years from 2026-2027 " +
                     "onwards, would continue the work of the basin commission so far - the round after that is in spring.",
            brief.Lede);
    }

    [Fact]
    public void Crlf_line_endings_and_form_feeds_do_not_change_the_result()
    {
        var wrapped = TextWrapper.Wrap(ImportTestInputs.Raw(Seed), 72);
        var lines = wrapped.Split('\n');
        // A page break in the middle of the lede's wrapped lines, as pdftotext writes it, and one on a line of its own.
        lines[1] = "\f" + lines[1];
        lines[3] += "\n\f";
        var paged = string.Join("\r\n", lines);
        Assert.Equal(Import(wrapped).Imported.Text, Import(paged).Imported.Text);
    }
}
