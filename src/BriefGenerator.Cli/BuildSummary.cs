using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using Spectre.Console;

namespace BriefGenerator.Cli;

/// <summary>Prints diagnostics to stderr, then the outcome of each brief and template and a totals line to stdout:
/// one plain line per brief when redirected (CI, pipes), and in an interactive terminal a status line per brief with
/// every output path on a line of its own, so no terminal width ever cuts a path in two.</summary>
public static class BuildSummary
{
    public static void Print(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        // Each stream gets its text in a few large writes: the console flushes every WriteLine, which was one system call
        // per line (500 of them for a no-change build of 500 briefs). Never all in one string, though: 500 briefs' lines
        // made one large object, whose allocation started a full collection of the whole build's heap as it ended.
        var errors = new Batched(stderr);
        foreach (var d in result.AllDiagnostics) errors.WriteLine(d.ToString());
        errors.Flush();
        var output = new Batched(stdout);
        var interactive = Terminal.IsInteractive(stdout);
        foreach (var b in result.Briefs)
            if (interactive) foreach (var line in TerminalLines(b, AnsiConsole.Profile.Capabilities.Ansi)) output.WriteLine(line);
            else output.WriteLine(Line(b));
        foreach (var b in result.Briefs.Where(b => b.Changes is { Any: true }).DistinctBy(b => b.Slug))
            output.WriteLine($"{b.Slug}: {b.Changes!.Describe()}");
        output.WriteLine(Totals(result));
        output.Flush();
    }

    // Lines gathered and written to the console in pieces of about 16,000 characters, each from one buffer of its own
    // (32 KB: below the size of a large object), so a piece is one write.
    private sealed class Batched(TextWriter target)
    {
        private const int Piece = 16_000;
        private System.Text.StringBuilder _text = New();

        private static System.Text.StringBuilder New() => new(Piece + 1_000);

        public void WriteLine(string line)
        {
            _text.Append(line).Append(target.NewLine);
            if (_text.Length >= Piece) Flush();
        }

        public void Flush()
        {
            if (_text.Length == 0) return;
            foreach (var chunk in _text.GetChunks()) target.Write(chunk.Span);
            _text = New();
        }
    }

    /// <summary>"built   slug/template in 120 ms: out/slug/template.pdf (107 KB, 6 pages), …"</summary>
    public static string Line(BriefOutcome b)
    {
        var files = string.Join(", ", b.Outputs.Select(Output));
        return $"{Status(b),-7} {Label(b)} in {b.Duration.TotalMilliseconds:0} ms{(files.Length > 0 ? ": " + files : "")}";
    }

    /// <summary>What a person at a terminal sees for one brief: "built   slug/template in 120 ms" (the status in
    /// colour when <paramref name="color"/>), then "  out/slug/template.pdf (107 KB, 6 pages)" for each output.
    /// Plain lines, never a table cell, so a path too wide for the terminal wraps whole and copies whole.</summary>
    public static IEnumerable<string> TerminalLines(BriefOutcome b, bool color)
    {
        var status = $"{Status(b),-7}";
        if (color)
        {
            var code = b.Status switch { BriefStatus.Built => "32", BriefStatus.Skipped => "90", _ => "31" };
            status = $"\u001b[{code}m{status}\u001b[0m";
        }
        yield return $"{status} {Label(b)} in {b.Duration.TotalMilliseconds:0} ms";
        foreach (var o in b.Outputs) yield return "  " + Output(o);
    }

    public static string Totals(BuildResult result)
    {
        int Count(BriefStatus s) => result.Briefs.Count(b => b.Status == s);
        var errors = result.AllDiagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.AllDiagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{Count(BriefStatus.Built)} built, {Count(BriefStatus.Skipped)} skipped, {Count(BriefStatus.Failed)} failed, " +
               $"{errors} error(s), {warnings} warning(s) in {result.Duration.TotalSeconds:0.00} s" +
               (result.WorkerProcesses is var n and > 0 ? $" ({n} worker process{(n == 1 ? "" : "es")})" : "");
    }

    private static string Status(BriefOutcome b) => b.Status.ToString().ToLowerInvariant();

    private static string Label(BriefOutcome b) => b.Template.Length == 0 ? b.Slug : $"{b.Slug}/{b.Template}";

    private static string Output(OutputFile o) => $"{DisplayPath.For(o.Path)} ({Details(o)})";

    private static string Details(OutputFile o) =>
        (o.Bytes >= 1024 * 1024 ? $"{o.Bytes / 1048576.0:0.0} MB" : $"{o.Bytes / 1024.0:0} KB") + (o.Pages is { } p ? $", {p} page{(p == 1 ? "" : "s")}" : "");
}
