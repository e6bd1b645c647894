using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Templating;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Charts;

/// <summary>Templates see the chart kind of each table as <c>brief.tables[].chart</c> (null for a table without one).</summary>
public class ChartTemplateTests
{
    [Fact]
    public void Templates_see_each_tables_chart_kind()
    {
        using var ws = new Workspace();
        ws.AddTemplate("list", "{{ for t in brief.tables }}{{ t.id }}={{ t.chart ?? 'none' }};{{ end }}\n");
        var bag = new DiagnosticBag();
        var brief = ContentLoader.LoadText(File.ReadAllText(RepoPaths.TestData("briefs", "charts", "brief.md")) +
            "\nTable: Plain {#tbl-plain}\n\n| A | B |\n|---|---|\n| x | 1 |\n", "charts", "brief.md", bag)!;
        Assert.Empty(bag);
        var catalog = new TemplateCatalog(ws.Templates);

        var markup = new TemplateRenderer(catalog).Render(brief, catalog.Find("list")!, bag);

        Assert.Equal("tbl-budget=bar;tbl-years=bar;tbl-staff=hbar;tbl-funding=stacked;tbl-withdrawal=line;tbl-plain=none;",
            markup!.Text.Trim());
    }
}
