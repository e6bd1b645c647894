using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Templating;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Templating;

/// <summary>Scriban's string limit used to cut any value over 1,000,000 characters with "..." (exit 0, a quarter of a long
/// brief gone). Now long values pass whole, and only the 16 Mi output limit stops a template, as a located error.</summary>
public class TemplateLimitTests
{
    [Fact]
    public void A_lede_and_a_section_over_a_million_characters_reach_the_markup_whole()
    {
        var lede = string.Join(' ', Enumerable.Range(1, 150_000).Select(i => $"lede{i}"));
        var section = string.Join(' ', Enumerable.Range(1, 150_000).Select(i => $"body{i}"));
        Assert.True(lede.Length > 1_000_000 && section.Length > 1_000_000);
        var bag = new DiagnosticBag();
        var brief = ContentLoader.LoadText($"---\ntitle: Long\ndate: 2026-01-15\n---\n\n{lede}\n\n## Section\n\n{section}\n", "long", "brief.md", bag)!;
        var catalog = new TemplateCatalog(RepoPaths.Templates);

        var markup = new TemplateRenderer(catalog).Render(brief, catalog.Find("policy-brief")!, bag);

        Assert.Empty(bag);
        Assert.NotNull(markup);
        Assert.Contains(lede, markup.Text, StringComparison.Ordinal);
        Assert.Contains(section, markup.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_over_the_limit_is_a_located_error_and_no_markup()
    {
        using var ws = new Workspace();
        ws.AddTemplate("big", "# Title\n\n{{ for i in 1..20 }}{{ brief.lede }}\n{{ end }}\n");
        var lede = new string('x', 1_000_000);
        var bag = new DiagnosticBag();
        var brief = ContentLoader.LoadText($"---\ntitle: Big\ndate: 2026-01-15\n---\n\n{lede}\n", "big", "brief.md", bag)!;
        var catalog = new TemplateCatalog(ws.Templates);

        var markup = new TemplateRenderer(catalog).Render(brief, catalog.Find("big")!, bag);

        Assert.Null(markup);
        var error = Assert.Single(bag);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.True(error.Span.Column > 1);
        Assert.Contains("would pass 16 Mi characters (the limit); nothing was cut", error.Message);
    }

    [Fact]
    public void A_render_past_its_time_limit_is_stopped_with_a_located_error()
    {
        using var ws = new Workspace();
        ws.AddTemplate("slow", "# Title\n\n{{ for i in 1..90000 }}{{ i }}{{ end }}\n");
        var bag = new DiagnosticBag();
        var brief = ContentLoader.LoadText("---\ntitle: Slow\ndate: 2026-01-15\n---\n\nLede.\n", "slow", "brief.md", bag)!;
        var catalog = new TemplateCatalog(ws.Templates);

        // A limit already over when the render starts (no clock race): the deadline stops the loop.
        var stopped = new TemplateRenderer(catalog, TimeSpan.Zero).Render(brief, catalog.Find("slow")!, bag);
        var whole = new TemplateRenderer(catalog).Render(brief, catalog.Find("slow")!, new DiagnosticBag());

        Assert.Null(stopped);
        var error = Assert.Single(bag);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal("template took longer than 0 s and was stopped", error.Message);
        Assert.Equal(3, error.Span.Line);
        Assert.NotNull(whole);
        Assert.Contains("8999990000", whole.Text, StringComparison.Ordinal);
    }
}
