using BriefGenerator.Cli;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>A bug in BriefGenerator (here a renderer that throws) fails its brief with BG089 and exits 3, shows the stack
/// trace only with --verbose, and loses nothing: the last good outputs stay as they were and no partial file is left.</summary>
public class InternalErrorTests
{
    private sealed class BrokenRenderer : IDocumentRenderer
    {
        public string Format => "docx";

        public byte[] Render(BriefDocument document, RenderContext context) => throw new InvalidOperationException("renderer bug on purpose");
    }

    [Fact]
    public void A_bug_exits_3_with_one_line_keeps_the_last_good_outputs_and_shows_the_stack_only_with_verbose()
    {
        using var ws = new Workspace();
        var brief = ws.AddBrief("seed", File.ReadAllText(RepoPaths.SeedBrief));
        Assert.Equal(0, CliRun.Build(ws).Exit);
        var folder = Path.Combine(ws.Out, "seed");
        var before = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();
        File.WriteAllText(brief, File.ReadAllText(brief).Replace("## In Retrospect", "## In retrospect"));

        var renderers = new IDocumentRenderer[] { new PdfRenderer(), new BrokenRenderer() };
        foreach (var verbose in new[] { false, true })
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var args = new[] { "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out };
            var exit = CliApp.Run(verbose ? args.Append("--verbose").ToArray() : args, stdout, stderr, renderers);

            Assert.Equal(3, exit);
            var err = stderr.ToString();
            Assert.Contains("content/seed/brief.md(1,1): error BG089: internal error while building this brief: InvalidOperationException: renderer bug on purpose",
                ws.Relative(err), StringComparison.Ordinal);
            if (verbose) Assert.Contains("   at ", err, StringComparison.Ordinal);
            else
            {
                Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
                Assert.Contains("run with --verbose for the stack trace", err, StringComparison.Ordinal);
            }
            var after = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();
            Assert.Equal(before.Select(b => b.f), after.Select(a => a.f));
            Assert.All(before.Zip(after), pair => Assert.True(pair.First.Item2.AsSpan().SequenceEqual(pair.Second.Item2), pair.First.f + " changed"));
        }
    }
}
