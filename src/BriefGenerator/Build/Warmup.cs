using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Templating;

namespace BriefGenerator.Build;

/// <summary>The first build of a process renders a tiny brief in memory on a spare core while the real briefs load:
/// the libraries' first-use costs (YAML, Markdig, Scriban, HarfBuzz, the Open XML SDK's metadata, font parsing) are
/// then paid in parallel instead of one after another. Writes nothing, reports nothing, runs once per process, on the
/// <see cref="SpareCore"/> thread (started here, early, so that its start is off the template render's path).</summary>
internal static class Warmup
{
    private const string Brief = """
        ---
        title: Warm-up — “a” brief’s title
        date: 2026-01-01
        ---

        A lede paragraph with *emphasis*, **strong** text and a [link](https://example.org).

        ## A Section {#a-section}

        - A point
        - Another point

        Table: A table {#tbl-a}

        | A | B |
        |:--|--:|
        | 1 | 2.5 |
        """;

    private static int _started;

    /// <summary>Starts the warm-up when this is the process's first build, there is a core to spare and few briefs to
    /// build (with many, every core is busy with real work anyway). Under the JIT it renders the tiny brief. The native
    /// binary has nothing to compile: there the whole warm-up was a third of a one-brief build's CPU time, spent on a
    /// brief nobody reads (perf of the seed's cold build), so it only makes Scriban's <c>string</c> module
    /// (<see cref="LazyBuiltins.Prepare"/>), whose first function costs the native binary a one-time reflection lookup
    /// (7 % of the seed's cold build) that would otherwise sit on the template render's path.</summary>
    public static void StartOnce(TemplateCatalog catalog, IReadOnlyList<IDocumentRenderer> renderers, int briefs)
    {
        if (briefs == 0 || briefs >= Environment.ProcessorCount || Interlocked.Exchange(ref _started, 1) == 1) return;
        var jit = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled;
        SpareCore.Run(() =>
        {
            try
            {
                if (jit) Run(catalog, renderers);
                else LazyBuiltins.Prepare();
            }
            catch (Exception) { } // only a head start: the real build reports whatever goes wrong
        });
    }

    private static void Run(TemplateCatalog catalog, IReadOnlyList<IDocumentRenderer> renderers)
    {
        var bag = new DiagnosticBag();
        var template = catalog.All().FirstOrDefault();
        var brief = ContentLoader.LoadText(Brief, "warm-up", "warm-up.md", bag);
        if (template is null || brief is null) return;
        var prepared = PreparedDocument.Prepare(brief, template, catalog, new BuildOptions { ToolVersion = "warm-up", SourceDateEpoch = 0 }, bag);
        if (prepared is null) return;
        // One core only (the other loads the real brief); the slower-to-start renderer (DOCX) first.
        foreach (var renderer in renderers.Reverse()) renderer.Render(prepared.Document, prepared.Context);
    }
}
