using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Content;

/// <summary>The seed article, as converted into content/us-uzbekistan-security/brief.md, loads into the model faithfully.</summary>
public class SeedBriefTests
{
    private readonly DiagnosticBag _bag = new();
    private readonly Brief _brief;

    public SeedBriefTests() => _brief = ContentLoader.Load(RepoPaths.SeedBrief, "brief.md", _bag)!;

    [Fact]
    public void Loads_without_diagnostics()
    {
        Assert.NotNull(_brief);
        Assert.Empty(_bag);
        Assert.Equal("us-uzbekistan-security", _brief.Slug);
        Assert.Equal(new DateOnly(2026, 11, 27), _brief.Metadata.Date);
        Assert.Equal("en-US", _brief.Metadata.Language);
        Assert.Equal(new[] { "policy-brief" }, _brief.Metadata.Templates);
    }

    [Fact]
    public void Has_the_seven_sections_in_order()
    {
        Assert.Equal(SeedFacts.SectionTitles, _brief.Sections.Select(s => s.Title));
        Assert.Equal("partnership", _brief.Sections[0].Id);
    }

    [Fact]
    public void Has_six_tables_with_the_seed_shapes_and_captions()
    {
        Assert.Equal(SeedFacts.TableColumns, _brief.Tables.Select(t => t.Columns.Count));
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, _brief.Tables.Select(t => t.Number));
        Assert.All(_brief.Tables, t => Assert.False(string.IsNullOrWhiteSpace(t.Caption)));
        Assert.All(_brief.Tables, t => Assert.StartsWith("tbl-", t.Id));
        Assert.Equal(new[] { "area of Focus", "Objectives", "Expected Outcomes" }, _brief.Tables[0].Columns.Select(c => c.Title));
        Assert.Equal(new[] { "Counterterrorism", "Economic Development", "Environmental Security" }, _brief.Tables[0].Rows.Select(r => r[0]));
        Assert.Equal(new[] { "Counterterrorism", "Military assistance", "Intelligence Sharing", "Economic Stability" }, _brief.Tables[5].Rows.Select(r => r[0]));
    }

    [Fact]
    public void Tables_belong_to_their_sections()
    {
        Assert.Equal(new[] { 1, 1, 1, 1, 1, 1, 0 }, _brief.Sections.Select(s => s.Tables.Count));
        Assert.Contains("Table: ", _brief.Sections[4].Body);
        Assert.Contains("**Community Engagement:**", _brief.Sections[4].Body);
    }

    [Fact]
    public void Lede_is_the_text_before_the_first_section()
    {
        Assert.StartsWith("In a notable diplomatic move", _brief.Lede);
        Assert.DoesNotContain("##", _brief.Lede);
    }
}
