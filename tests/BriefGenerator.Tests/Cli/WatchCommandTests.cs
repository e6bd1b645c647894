using System.Diagnostics;
using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>`brief watch` rebuilds a brief within seconds of an edit, reports errors and keeps watching.</summary>
public class WatchCommandTests
{
    [Fact]
    public async Task Watch_rebuilds_after_an_edit_and_survives_an_error()
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("watched", "---\ntitle: Before\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
        var output = new SyncWriter();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var task = Task.Run(() => CliApp.Run(new[] { "watch", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out },
            output, output, stop: cts.Token));
        try
        {
            WaitFor(() => output.Text.Contains("Watching"), "ready line");

            File.WriteAllText(path, "---\ntitle: After\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
            WaitFor(() => Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "watched", "policy-brief.pdf"))).Contains("After"), "rebuilt PDF");

            File.WriteAllText(path, "---\ntitle: Broken\ndate: 2026-99-15\n---\n");
            WaitFor(() => output.Text.Contains("error BG005"), "error line");

            File.WriteAllText(path, "---\ntitle: Fixed Again\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
            WaitFor(() => Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "watched", "policy-brief.pdf"))).Contains("Fixed Again"), "recovered build");
        }
        finally
        {
            cts.Cancel();
            Assert.Equal(0, await task.WaitAsync(TimeSpan.FromMinutes(2)));
        }
        Assert.Contains("Stopped watching.", output.Text);
    }

    /// <summary>Polls until the condition holds; the limit only catches a watcher that never reacts (a busy machine
    /// may take many seconds), so the test never fails merely because it ran slowly.</summary>
    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            try { if (condition()) return; } catch (IOException) { }
            Thread.Sleep(100);
        }
        Assert.Fail($"timed out: no {what} within {clock.Elapsed.TotalSeconds:0} s");
    }

    private sealed class SyncWriter : StringWriter
    {
        private readonly object _gate = new();
        public string Text { get { lock (_gate) return ToString(); } }
        public override void Write(char value) { lock (_gate) base.Write(value); }
        public override void Write(string? value) { lock (_gate) base.Write(value); }
        public override void WriteLine(string? value) { lock (_gate) base.WriteLine(value); }
    }
}
