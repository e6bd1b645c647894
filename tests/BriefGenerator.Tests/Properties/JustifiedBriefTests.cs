using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;
using BriefGenerator.Tests.LineBreaking;
using CsCheck;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.Properties;

/// <summary>The seed brief and random briefs set justified (theme <c>justify: true</c>, hyphenation on by default):
/// no space stretched past <c>justify_max_stretch</c> and never more than two hyphenated lines in a row, read back
/// from the PDF.</summary>
public class JustifiedBriefTests
{
    private const double BodySize = 10.5, MaxStretch = 1.0;

    private static (int Lines, int Hyphenated) Check(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var lines = doc.GetPages().SelectMany(p => SetLines.Of(p, BodySize)).ToList();
        foreach (var line in lines)
            Assert.True(SetLines.Stretch(line) <= MaxStretch + SetLines.KerningSlack,
                $"a space stretched by {SetLines.Stretch(line):0.00} in: {string.Concat(line.Select(l => l.Value))}");
        Assert.InRange(SetLines.MostHyphensInARow(lines), 0, 2);
        return (lines.Count, lines.Count(SetLines.Hyphenated));
    }

    private static byte[] Build(Workspace ws, string slug)
    {
        var result = new BriefBuilder(RendererSet.All).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = ws.Templates, OutputFolder = ws.Out, Parallelism = 1,
        });
        Assert.False(result.HasErrors, string.Join("\n", result.AllDiagnostics));
        return File.ReadAllBytes(Path.Combine(ws.Out, slug, "policy-brief.pdf"));
    }

    private static Workspace Justified()
    {
        var ws = new Workspace();
        ws.CopyRepoTemplates();
        var theme = Path.Combine(ws.Templates, "policy-brief", "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("justify: false", "justify: true"));
        return ws;
    }

    [Fact]
    public void The_justified_seed_keeps_its_spaces_and_hyphens_within_the_limits()
    {
        using var ws = Justified();
        ws.CopyBrief();
        var (lines, hyphenated) = Check(Build(ws, "us-uzbekistan-security"));
        Assert.True(lines > 100, $"{lines} body lines");
        Assert.True(hyphenated > 0, "nothing was hyphenated");
    }

    [Fact]
    public void Random_justified_briefs_keep_their_spaces_and_hyphens_within_the_limits()
    {
        using var ws = Justified();
        int n = 0;
        RandomBriefTests.Brief(RandomBriefTests.Phrase).Sample(b =>
        {
            var slug = $"random-{Interlocked.Increment(ref n)}";
            ws.AddBrief(slug, b.Text);
            Check(Build(ws, slug));
            Directory.Delete(Path.Combine(ws.Content, slug), true);
        }, iter: 10, threads: 1);
    }
}
