using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Caching;

/// <summary>A long-lived process (<c>brief watch</c>) keeps content-keyed caches between builds (lines of paragraphs,
/// deflated PDF streams). After an edit, a template change, a theme change or a font change, the warm rebuild sees the
/// change and gives the very bytes a cold build of the same inputs gives (every cache emptied first).</summary>
public class WarmRebuildTests
{
    private static readonly BriefBuilder Builder = new(RendererSet.All);

    private static BuildOptions Options(Workspace ws, string outFolder) => new()
    {
        ContentFolder = ws.Content, TemplatesFolder = ws.Templates, OutputFolder = outFolder, SourceDateEpoch = 1700000000, ToolVersion = "1.2.3",
    };

    /// <summary>Builds into <paramref name="outFolder"/> and returns each output's bytes by file name.</summary>
    private static Dictionary<string, byte[]> Build(Workspace ws, string outFolder, bool cold = false, bool force = false)
    {
        if (cold)
        {
            LineBreakCache.Lines.Clear();
            StreamDeflater.Cache.Clear();
        }
        var result = Builder.Build(Options(ws, outFolder) with { Force = cold || force });
        Assert.False(result.HasErrors, string.Join("\n", result.AllDiagnostics));
        Assert.All(result.Briefs, b => Assert.Equal(BriefStatus.Built, b.Status));
        return result.Briefs.SelectMany(b => b.Outputs).ToDictionary(o => Path.GetFileName(o.Path), o => File.ReadAllBytes(o.Path));
    }

    private static Workspace SeedWorkspace(out string brief, bool fonts = true)
    {
        var ws = new Workspace();
        ws.CopyRepoTemplates(fonts);
        if (!fonts)
        {
            var folder = Path.Combine(ws.Templates, "fonts");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(RepoPaths.Fonts)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        brief = ws.CopyBrief();
        return ws;
    }

    // The warm rebuild equals the cold build, and differs from the build before the change.
    private static void AssertSeen(Dictionary<string, byte[]> before, Dictionary<string, byte[]> warm, Dictionary<string, byte[]> cold)
    {
        Assert.Equal(cold.Keys.Order(), warm.Keys.Order());
        foreach (var (name, bytes) in cold) Assert.True(bytes.AsSpan().SequenceEqual(warm[name]), $"{name}: the warm rebuild differs from a cold build");
        Assert.False(before["policy-brief.pdf"].AsSpan().SequenceEqual(warm["policy-brief.pdf"]), "the change did not reach the PDF");
        Assert.False(before["policy-brief.docx"].AsSpan().SequenceEqual(warm["policy-brief.docx"]), "the change did not reach the DOCX");
    }

    [Fact]
    public void An_edited_paragraph_is_seen_and_the_rebuild_equals_a_cold_build()
    {
        using var ws = SeedWorkspace(out var brief);
        var text = File.ReadAllText(brief);
        var before = Build(ws, ws.Out);
        Build(ws, ws.Out, force: true); // every cache warm
        Assert.True(LineBreakCache.Lines.Count > 0 && StreamDeflater.Cache.Count > 0, "the caches hold the seed's lines and streams");
        const string edit = " Warm edits reach the page.";
        File.WriteAllText(brief, text.Replace("Central Asia, a region increasingly pivotal", "Central Asia" + edit + " A region increasingly pivotal", StringComparison.Ordinal));
        var warm = Build(ws, ws.Out);
        var cold = Build(ws, Path.Combine(ws.Root, "cold"), cold: true);
        AssertSeen(before, warm, cold);
        Assert.Contains("Warm edits reach the page.", Readers.PdfText(warm["policy-brief.pdf"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_template_is_seen_and_the_rebuild_equals_a_cold_build()
    {
        using var ws = SeedWorkspace(out _);
        var before = Build(ws, ws.Out);
        var template = Path.Combine(ws.Templates, "policy-brief", "template.sbn");
        File.AppendAllText(template, "\n\nA closing line the template added.\n");
        var warm = Build(ws, ws.Out);
        var cold = Build(ws, Path.Combine(ws.Root, "cold"), cold: true);
        AssertSeen(before, warm, cold);
        Assert.Contains("A closing line the template added.", Readers.PdfText(warm["policy-brief.pdf"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_theme_is_seen_and_the_rebuild_equals_a_cold_build()
    {
        using var ws = SeedWorkspace(out _);
        var before = Build(ws, ws.Out);
        var theme = Path.Combine(ws.Templates, "policy-brief", "theme.yaml");
        var yaml = File.ReadAllText(theme);
        Assert.Contains("line_height:", yaml, StringComparison.Ordinal);
        // A different line height changes every line's height, which the cached lines carry.
        File.WriteAllText(theme, System.Text.RegularExpressions.Regex.Replace(yaml, @"line_height: *[0-9.]+", "line_height: 1.6"));
        var warm = Build(ws, ws.Out);
        var cold = Build(ws, Path.Combine(ws.Root, "cold"), cold: true);
        AssertSeen(before, warm, cold);
    }

    [Fact]
    public void A_replaced_font_is_seen_and_the_rebuild_equals_a_cold_build()
    {
        using var ws = SeedWorkspace(out _, fonts: false);
        var before = Build(ws, ws.Out);
        // The body face's file now holds Noto Sans: other widths, other glyphs, other lines.
        File.Copy(Path.Combine(RepoPaths.Fonts, "NotoSans-Regular.ttf"), Path.Combine(ws.Templates, "fonts", "NotoSerif-Regular.ttf"), overwrite: true);
        var warm = Build(ws, ws.Out);
        var cold = Build(ws, Path.Combine(ws.Root, "cold"), cold: true);
        AssertSeen(before, warm, cold);
    }
}
