using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Templating;
using BriefGenerator.Tests.Support;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGenerator.Tests.Templating;

/// <summary>The built-ins are made only when a template uses them (LazyBuiltins): the set a template can reach must stay
/// Scriban's own, member for member, and behave the same.</summary>
public class LazyBuiltinsTests
{
    private static readonly string[] Names =
        { "array", "blank", "date", "empty", "html", "include", "include_join", "math", "object", "regex", "string", "timespan" };

    [Fact]
    public void The_lazy_built_ins_are_Scribans_members_with_the_same_kinds_and_read_only_flags()
    {
        var scriban = new BuiltinFunctions();
        var lazy = LazyBuiltins.Create();

        Assert.Equal(scriban.GetMembers().Order(StringComparer.Ordinal), Names);
        foreach (var name in Names)
        {
            Assert.True(lazy.Contains(name), name);
            Assert.Equal(scriban[name]?.GetType(), lazy[name]?.GetType());
            Assert.Equal(scriban.CanWrite(name), lazy.CanWrite(name));
            if (scriban[name] is ScriptObject module)
                Assert.Equal(module.GetMembers().Order(StringComparer.Ordinal), ((ScriptObject)lazy[name]!).GetMembers().Order(StringComparer.Ordinal));
        }
        Assert.Equal(0, lazy.PendingCount);
        Assert.Equal(scriban.GetMembers().Order(StringComparer.Ordinal), lazy.GetMembers().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_render_makes_only_the_modules_its_template_uses()
    {
        var builtins = LazyBuiltins.Create();
        var context = new TemplateContext(builtins);
        var text = Template.Parse("{{ ['a', 'b'] | array.join ', ' }} {{ 'x y' | string.split ' ' | array.size }}").Render(context);

        Assert.Equal("a, b 2", text);
        Assert.Equal(Names.Length - 2, builtins.PendingCount);
        Assert.False(builtins.Contains("nonesuch"));
    }

    [Theory]
    [InlineData("{{ string = 1 }}{{ string }}")]
    [InlineData("{{ date.format = '%Y' }}{{ date.format }} {{ 3.7 | math.floor }} {{ 'a-b' | regex.replace '-' '+' }}")]
    [InlineData("{{ html.escape '<b>' }} {{ object.typeof empty }} {{ timespan.from_days 1 }}")]
    [InlineData("{{ x = [3, 1, 2] | array.sort }}{{ x | array.join ',' }} {{ 'ab' | string.reverse }}")]
    [InlineData("{{ string.nonesuch 'a' }}")]
    [InlineData("{{ nonesuch }}")]
    public void Templates_render_as_with_Scribans_own_built_ins(string template)
    {
        static string Render(string template, TemplateContext context)
        {
            context.StrictVariables = true;
            var globals = new LazyScriptObject();
            globals.SetLazy("clock", () => "tick", readOnly: false);
            context.PushGlobal(globals);
            try { return Template.Parse(template).Render(context); }
            catch (ScriptRuntimeException e) { return "error: " + e.Message; }
        }

        Assert.Equal(Render(template, new TemplateContext()), Render(template, new TemplateContext(LazyBuiltins.Create())));
    }

    [Fact]
    public void A_member_a_render_adds_to_a_shared_module_stays_in_that_render()
    {
        // The stateless modules are cloned from one made per process: what a template writes into its copy must not
        // reach the next render (the same isolation as Scriban's own built-ins give).
        static string Render(string template)
        {
            var context = new TemplateContext(LazyBuiltins.Create());
            try { return Template.Parse(template).Render(context); }
            catch (ScriptRuntimeException e) { return "error: " + e.Message; }
        }

        var first = Render("{{ string.my_mark = 'kept' }}{{ string.my_mark }}|{{ array.my_mark = 1 }}{{ array.my_mark }}");
        var second = Render("[{{ string.my_mark }}][{{ array.my_mark }}]{{ 'ab' | string.upcase }}");
        var scriban = new TemplateContext();
        Assert.Equal(Template.Parse("{{ string.my_mark = 'kept' }}{{ string.my_mark }}|{{ array.my_mark = 1 }}{{ array.my_mark }}").Render(scriban), first);
        Assert.Equal("[][]AB", second);
        Assert.NotSame(LazyBuiltins.Create()["string"], LazyBuiltins.Create()["string"]);
    }

    [Fact]
    public void A_global_made_lazily_reads_and_can_be_assigned()
    {
        var globals = new LazyScriptObject();
        globals.SetLazy("clock", () => "tick", readOnly: false);
        var context = new TemplateContext(LazyBuiltins.Create());
        context.PushGlobal(globals);

        Assert.Equal("tick tock", Template.Parse("{{ clock }} {{ clock = 'tock' }}{{ clock }}").Render(context));
    }

    [Fact]
    public void A_brief_template_using_date_and_string_renders_as_before()
    {
        using var ws = new Workspace();
        ws.AddTemplate("dated", "# {{ brief.title | string.upcase }}\n\nBuilt {{ date.now | date.to_string '%Y-%m-%d' }}; {{ math.round 2.6 }}.\n");
        var bag = new DiagnosticBag();
        var brief = ContentLoader.LoadText("---\ntitle: Dated\ndate: 2026-01-15\n---\n\nText.\n", "dated", "brief.md", bag)!;
        var catalog = new TemplateCatalog(ws.Templates);

        var markup = new TemplateRenderer(catalog).Render(brief, catalog.Find("dated")!, bag);

        Assert.Empty(bag);
        Assert.Equal("# DATED\n\nBuilt 2026-01-15; 3.\n", markup!.Text);
    }
}
