using System.Collections.Concurrent;
using System.Diagnostics;
using BriefGenerator.Build;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.Cli;

/// <summary><c>brief watch</c> survives any error, internal ones included, and picks up a replaced font: the font
/// library, the build fingerprint and the PDF library's face are all renewed when the fonts folder changes.</summary>
public class WatchResilienceTests
{
    private static string Brief(string title) => $"---\ntitle: {title}\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    /// <summary>A renderer with a bug: it throws for a brief titled "Boom".</summary>
    private sealed class FragileRenderer : IDocumentRenderer
    {
        public string Format => "pdf";
        public byte[] Render(BriefDocument document, RenderContext context) =>
            document.Info.Title == "Boom" ? throw new InvalidOperationException("renderer bug") : System.Text.Encoding.UTF8.GetBytes(document.Info.Title);
    }

    [Fact]
    public void Watching_goes_on_after_a_build_throws()
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("watched", Brief("Fine"));
        var results = new ConcurrentQueue<BuildResult>();
        var errors = new ConcurrentQueue<Exception>();
        using var ready = new ManualResetEventSlim();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Formats = new[] { "pdf" } };
        var watcher = new BriefWatcher(new BriefBuilder(new IDocumentRenderer[] { new FragileRenderer() }), TimeSpan.FromMilliseconds(100));
        var task = Task.Run(() => watcher.Run(options, results.Enqueue, ready.Set, cts.Token, errors.Enqueue));
        try
        {
            Assert.True(ready.Wait(TimeSpan.FromSeconds(30)), "first build");
            var pdf = Path.Combine(ws.Out, "watched", "policy-brief.pdf");
            Assert.Equal("Fine", File.ReadAllText(pdf));

            File.WriteAllText(path, Brief("Boom"));
            // However the build reports the bug (an exception, or a failed brief), the watcher must stay alive.
            WaitFor(() => !errors.IsEmpty || results.Any(r => r.Briefs.Any(b => b.Status == BriefStatus.Failed)), "the error");

            File.WriteAllText(path, Brief("Fine Again"));
            WaitFor(() => File.Exists(pdf) && File.ReadAllText(pdf) == "Fine Again", "the rebuild after the error");
            Assert.False(task.IsCompleted);
        }
        finally
        {
            cts.Cancel();
            Bounded.Wait(task, TimeSpan.FromSeconds(60), "watch stops when cancelled");
        }
    }

    [Fact]
    public void A_replaced_font_is_picked_up_by_the_next_build_in_the_same_process()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates(fonts: false);
        var fonts = Path.Combine(ws.Templates, "fonts");
        Directory.CreateDirectory(fonts);
        foreach (var file in Directory.GetFiles(RepoPaths.Fonts)) File.Copy(file, Path.Combine(fonts, Path.GetFileName(file)));
        ws.AddBrief("fonts", Brief("Font Brief"));
        var args = new[] { "build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out };
        var pdf = Path.Combine(ws.Out, "fonts", "policy-brief.pdf");

        Assert.Contains("1 built", CliRun.Of(args).Out);
        var before = FontLibrary.Open(fonts);
        Assert.Contains(FontNames(pdf), n => n.Contains("Serif", StringComparison.Ordinal));

        // The body face's file now holds Noto Sans: the next build must rebuild and embed it, not the cached Serif.
        File.Copy(Path.Combine(RepoPaths.Fonts, "NotoSans-Regular.ttf"), Path.Combine(fonts, "NotoSerif-Regular.ttf"), overwrite: true);
        var after = FontLibrary.Open(fonts);
        Assert.NotSame(before, after);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Fonts, "NotoSans-Regular.ttf")), after.Find("Noto Serif", FontStyle.Regular)!.Data);
        Assert.NotEqual(before.Find("Noto Serif", FontStyle.Regular)!.ResolverName, after.Find("Noto Serif", FontStyle.Regular)!.ResolverName);

        Assert.Contains("1 built, 0 skipped", CliRun.Of(args).Out);
        Assert.DoesNotContain(FontNames(pdf), n => n.Contains("Serif Regular", StringComparison.Ordinal) || n.Contains("Serif-Regular", StringComparison.Ordinal));
    }

    private static List<string> FontNames(string pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try { if (condition()) return; } catch (IOException) { }
            Thread.Sleep(100);
        }
        Assert.Fail($"timed out waiting for {what}");
    }
}
