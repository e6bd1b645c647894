using BriefGenerator.Build;

namespace BriefGenerator.Cli;

/// <summary>Prints diagnostics to stderr and one line per brief and template to stdout.</summary>
public static class BuildSummary
{
    public static void Print(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in result.AllDiagnostics) stderr.WriteLine(d.ToString());
        foreach (var b in result.Briefs)
        {
            var label = b.Template.Length == 0 ? b.Slug : $"{b.Slug}/{b.Template}";
            var files = string.Join(", ", b.Outputs.Select(o =>
                $"{o.Path} ({Size(o.Bytes)}{(o.Pages is { } p ? $", {p} pages" : "")})"));
            stdout.WriteLine($"{b.Status.ToString().ToLowerInvariant(),-7} {label} in {b.Duration.TotalMilliseconds:0} ms{(files.Length > 0 ? ": " + files : "")}");
        }
        var built = result.Briefs.Count(b => b.Status == BriefStatus.Built);
        var failed = result.Briefs.Count(b => b.Status == BriefStatus.Failed);
        var errors = result.AllDiagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        var warnings = result.AllDiagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
        stdout.WriteLine($"{built} built, {failed} failed, {errors} error(s), {warnings} warning(s) in {result.Duration.TotalSeconds:0.00} s");
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1048576.0:0.0} MB" : $"{bytes / 1024.0:0} KB";
}
