using BriefGenerator.Content;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Tests.Import;

/// <summary>A second raw article on another topic (water sharing on the Amu Darya): a real title line, blank lines,
/// numbered lists in both styles, a 4-column table without outer pipes and with alignments, a heading followed directly
/// by a table, a table with a short and a long row, mixed bullet markers, Uzbek and Tajik names.</summary>
public class SecondArticleImportTests
{
    private readonly string _text;
    private readonly Brief _brief;
    private readonly List<Diagnostic> _diagnostics;

    public SecondArticleImportTests()
    {
        (_text, var brief, _diagnostics) = ImportTestInputs.ImportAndLoad("water-diplomacy.txt", "water-diplomacy");
        _brief = brief!;
    }

    [Fact]
    public void Loads_with_zero_diagnostics()
    {
        Assert.Empty(_diagnostics);
        Assert.NotNull(_brief);
        Assert.Equal("en-US", _brief.Metadata.Language);
    }

    [Fact]
    public void The_short_first_line_is_the_title_and_is_not_repeated_in_the_body()
    {
        Assert.Equal("Water Diplomacy on the Amu Darya", _brief.Metadata.Title);
        Assert.DoesNotContain("Water Diplomacy on the Amu Darya", _text.Split("\n---\n", 2)[1]);
        Assert.StartsWith("Upstream and downstream states share one river and very different needs. Tajikistan wants power", _brief.Lede);
        Assert.Contains("Oʻzbekiston and Turkmenistan", _brief.Lede);
    }

    [Fact]
    public void Has_the_headings_including_one_followed_directly_by_a_table_and_a_question()
    {
        Assert.Equal(new[] { "Who Shares the Basin", "Steps Towards a Basin Agreement", "What Comes Next?" },
            _brief.Sections.Select(s => s.Title));
        Assert.Same(_brief.Tables[0], Assert.Single(_brief.Sections[0].Tables));
        Assert.StartsWith("Table: Table 1 {#tbl-1}\n\n| Basin state |", _brief.Sections[0].Body);
    }

    [Fact]
    public void Numbered_lists_in_both_styles_become_markdown_numbered_lists()
    {
        Assert.Contains(
            "1. **Data sharing:** publish daily gauge readings from every station on the main stem.\n" +
            "2. **Seasonal schedules:** agree reservoir releases before each growing season.\n" +
            "3. **Joint monitoring:** send mixed teams to the Nurek and Rogun dams.\n", _text);
        Assert.Contains(
            "1. Afghanistan is not party to the 1992 Almaty agreement.\n" +
            "2. Funding for gauges lapses in 2027.\n", _text);
        Assert.DoesNotContain("1)", _text);
    }

    [Fact]
    public void Mixed_bullet_markers_make_one_list_with_labels_and_unicode_names()
    {
        Assert.Contains(
            "- **Energy swaps:** winter electricity from Tajikistan for summer water downstream.\n" +
            "- **Early warning:** shared flood alerts for the valley towns.\n" +
            "- **Training:** hydrologists from Тоҷикистон and Oʻzbekiston study together.\n", _text);
    }

    [Fact]
    public void The_four_column_table_keeps_alignment_and_pads_the_short_row()
    {
        var t = _brief.Tables[0];
        Assert.Equal(new[] { "Basin state", "Official name", "Share of flow (%)", "Main use" }, t.Columns.Select(c => c.Title));
        Assert.Equal(new[] { "Left", "Center", "Right", "Left" }, t.Columns.Select(c => c.Align.ToString()));
        Assert.Equal(new[] { "Tajikistan", "Тоҷикистон", "62", "Hydropower" }, t.Rows[0]);
        Assert.Equal(new[] { "Uzbekistan", "Oʻzbekiston", "8", "Irrigation" }, t.Rows[1]);
        Assert.Equal(new[] { "Afghanistan", "د افغانستان", "27", "" }, t.Rows[3]);
        Assert.Contains("|:---|:---:|---:|---|", _text);
    }

    [Fact]
    public void A_long_row_widens_the_table_and_the_caption_comes_from_the_introducing_sentence()
    {
        var t = _brief.Tables[1];
        Assert.Equal("Two main reservoirs", t.Caption);
        Assert.Equal("tbl-two-main-reservoirs", t.Id);
        Assert.Equal(new[] { "Reservoir", "Capacity (km³)", "" }, t.Columns.Select(c => c.Title));
        Assert.Equal(new[] { "Rogun", "13.3", "planned" }, t.Rows[1]);
        Assert.Contains("The table below compares the two main reservoirs:\n\nTable: Two main reservoirs {#tbl-two-main-reservoirs}\n", _text);
    }
}
