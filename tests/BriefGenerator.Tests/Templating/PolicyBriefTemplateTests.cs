using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Templating;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Templating;

/// <summary>The policy-brief template's markup for the seed brief, against a golden file.</summary>
public class PolicyBriefTemplateTests
{
    [Fact]
    public void Seed_brief_renders_the_expected_markup()
    {
        var bag = new DiagnosticBag();
        var brief = ContentLoader.Load(RepoPaths.SeedBrief, "brief.md", bag)!;
        var catalog = new TemplateCatalog(RepoPaths.Templates);
        var markup = new TemplateRenderer(catalog).Render(brief, catalog.Find("policy-brief")!, bag);
        Assert.Empty(bag);
        Golden.AssertMatches(markup!.Text, "templates", "policy-brief.seed.md");
    }
}
