using System.Text.Json.Nodes;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>Writes <c>build-report.json</c>: what was built, skipped or failed, with every output's size, SHA-256 and
/// page count and every diagnostic, for CI jobs and dashboards. Field names are snake_case and stable.</summary>
public static class BuildReport
{
    /// <summary>The default report file name inside the output folder.</summary>
    public const string FileName = "build-report.json";

    /// <summary>Writes the report where the options say (atomically).</summary>
    public static void Write(BuildResult result, BuildOptions options)
    {
        var path = options.ReportPath ?? Path.Combine(options.OutputFolder, FileName);
        AtomicFile.Write(path, stream => BuildReportWriter.WriteTo(stream, result, options));
    }

    /// <summary>The report as JSON.</summary>
    public static JsonObject ToJson(BuildResult result, BuildOptions options) => new()
    {
        ["tool_version"] = options.ToolVersion,
        ["started"] = result.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        ["duration_ms"] = Math.Round(result.Duration.TotalMilliseconds),
        ["shard"] = options.Shard?.ToString(),
        ["briefs"] = new JsonArray(result.Briefs.Select(b => (JsonNode)new JsonObject
        {
            ["slug"] = b.Slug,
            ["template"] = b.Template,
            ["status"] = b.Status.ToString().ToLowerInvariant(),
            ["duration_ms"] = Math.Round(b.Duration.TotalMilliseconds),
            ["outputs"] = new JsonArray(b.Outputs.Select(o => (JsonNode)new JsonObject
            {
                ["path"] = DisplayPath.For(o.Path).Replace('\\', '/'),
                ["format"] = o.Format,
                ["bytes"] = o.Bytes,
                ["sha256"] = o.Sha256,
                ["pages"] = o.Pages,
            }).ToArray()),
            ["diagnostics"] = Diagnostics(b.Diagnostics),
            ["changes"] = Changes(b),
        }).ToArray()),
        ["diagnostics"] = Diagnostics(result.Diagnostics),
    };

    /// <summary>Diagnostics as JSON objects (also used by <c>brief check --diagnostics json</c>).</summary>
    /// <summary>What changed since the previous build of the brief in this folder, with this template's page counts by
    /// format; null when the brief was not built.</summary>
    public static JsonObject? Changes(BriefOutcome b)
    {
        if (b.Changes is not { } c) return null;
        JsonObject Pages(IReadOnlyDictionary<string, int> pages) => new(pages
            .Where(p => p.Key.StartsWith(b.Template + ".", StringComparison.Ordinal))
            .Select(p => KeyValuePair.Create(p.Key[(b.Template.Length + 1)..], (JsonNode?)p.Value)));
        return new JsonObject
        {
            ["since_previous_build"] = c.HasPrevious,
            ["summary"] = c.HasPrevious ? c.Summary.Describe() : "first build",
            ["counts"] = Diff.DiffJsonFormatter.Summary(c.Summary),
            ["pages_before"] = c.HasPrevious ? Pages(c.PagesBefore) : null,
            ["pages_after"] = Pages(c.PagesAfter),
        };
    }

    public static JsonArray Diagnostics(IEnumerable<Diagnostic> diagnostics) =>
        new(diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
            ["code"] = d.Code,
            ["message"] = d.Message,
            ["file"] = d.Span.IsKnown ? d.Span.File : null,
            ["line"] = d.Span.IsKnown ? d.Span.Line : null,
            ["column"] = d.Span.IsKnown ? d.Span.Column : null,
        }).ToArray());
}
