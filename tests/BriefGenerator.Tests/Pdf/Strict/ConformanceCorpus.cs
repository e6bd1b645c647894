using System.Text.RegularExpressions;
using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>The PDFs the conformance tests read: the seed brief and every brief under TestData/briefs, each built in all
/// three templates (whatever its front matter names), and the hand-built <see cref="PdfFixture.Everything"/>.
/// Built once per test run.</summary>
public static partial class ConformanceCorpus
{
    /// <summary>The templates every brief is built in.</summary>
    public static readonly string[] Templates = { "policy-brief", "one-pager", "annex" };

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Built = new(Build);

    /// <summary>Every PDF by name ("slug/template", or "everything").</summary>
    public static IReadOnlyDictionary<string, byte[]> Pdfs => Built.Value;

    /// <summary>The names, as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var slug in Slugs()) foreach (var t in Templates) data.Add($"{slug}/{t}");
        data.Add("everything");
        return data;
    }

    private static IEnumerable<string> Slugs() =>
        new[] { "us-uzbekistan-security" }.Concat(Directory.GetDirectories(RepoPaths.TestData("briefs")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    private static IReadOnlyDictionary<string, byte[]> Build()
    {
        using var ws = new Workspace();
        ws.AddBrief("us-uzbekistan-security", InAllTemplates(File.ReadAllText(RepoPaths.SeedBrief)));
        foreach (var dir in Directory.GetDirectories(RepoPaths.TestData("briefs")))
            ws.AddBrief(Path.GetFileName(dir), InAllTemplates(File.ReadAllText(Path.Combine(dir, "brief.md"))));
        var result = new BriefBuilder(RendererSet.All).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Formats = new[] { "pdf" },
        });
        Assert.False(result.HasErrors, string.Join("\n", result.AllDiagnostics));
        var pdfs = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["everything"] = PdfFixture.Everything };
        foreach (var slug in Slugs())
            foreach (var t in Templates)
                pdfs[$"{slug}/{t}"] = File.ReadAllBytes(Path.Combine(ws.Out, slug, t + ".pdf"));
        return pdfs;
    }

    /// <summary>The brief with its front matter's <c>templates</c> replaced by all three templates.</summary>
    public static string InAllTemplates(string brief)
    {
        var end = brief.IndexOf("\n---", 4, StringComparison.Ordinal);
        var front = TemplatesKey().Replace(brief[..end], "");
        return front.TrimEnd('\n') + "\ntemplates: [" + string.Join(", ", Templates) + "]" + brief[end..];
    }

    // "templates: …" with its block list, if any.
    [GeneratedRegex(@"^templates:.*\n?(?:[ \t]+-.*\n?)*", RegexOptions.Multiline)]
    private static partial Regex TemplatesKey();
}
