using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using Spectre.Console;

namespace BriefGenerator.Cli;

/// <summary>Prints diagnostics to stderr, then one line per brief and template and a totals line to stdout
/// (a table in an interactive terminal).</summary>
public static class BuildSummary
{
    public static void Print(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in result.AllDiagnostics) stderr.WriteLine(d.ToString());
        if (Terminal.IsInteractive(stdout)) PrintTable(result);
        else foreach (var b in result.Briefs) stdout.WriteLine(Line(b));
        foreach (var b in result.Briefs.Where(b => b.Changes is { Any: true }).DistinctBy(b => b.Slug))
            stdout.WriteLine($"{b.Slug}: {b.Changes!.Describe()}");
        stdout.WriteLine(Totals(result));
    }

    /// <summary>"built   slug/template in 120 ms: out/slug/template.pdf (107 KB, 6 pages), …"</summary>
    public static string Line(BriefOutcome b)
    {
        var label = b.Template.Length == 0 ? b.Slug : $"{b.Slug}/{b.Template}";
        var files = string.Join(", ", b.Outputs.Select(o => $"{DisplayPath.For(o.Path)} ({Details(o)})"));
        return $"{b.Status.ToString().ToLowerInvariant(),-7} {label} in {b.Duration.TotalMilliseconds:0} ms{(files.Length > 0 ? ": " + files : "")}";
    }

    public static string Totals(BuildResult result)
    {
        int Count(BriefStatus s) => result.Briefs.Count(b => b.Status == s);
        var errors = result.AllDiagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.AllDiagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{Count(BriefStatus.Built)} built, {Count(BriefStatus.Skipped)} skipped, {Count(BriefStatus.Failed)} failed, " +
               $"{errors} error(s), {warnings} warning(s) in {result.Duration.TotalSeconds:0.00} s";
    }

    private static void PrintTable(BuildResult result)
    {
        var table = new Table().AddColumns("status", "brief", "outputs", "ms");
        foreach (var b in result.Briefs)
        {
            var color = b.Status switch { BriefStatus.Built => "green", BriefStatus.Skipped => "grey", _ => "red" };
            table.AddRow($"[{color}]{b.Status.ToString().ToLowerInvariant()}[/]",
                Markup.Escape(b.Template.Length == 0 ? b.Slug : $"{b.Slug}/{b.Template}"),
                Markup.Escape(string.Join("\n", b.Outputs.Select(o => $"{DisplayPath.For(o.Path)} ({Details(o)})"))),
                $"{b.Duration.TotalMilliseconds:0}");
        }
        AnsiConsole.Write(table);
    }

    private static string Details(OutputFile o) =>
        (o.Bytes >= 1024 * 1024 ? $"{o.Bytes / 1048576.0:0.0} MB" : $"{o.Bytes / 1024.0:0} KB") + (o.Pages is { } p ? $", {p} page{(p == 1 ? "" : "s")}" : "");
}
