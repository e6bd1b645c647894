using System.Globalization;
using System.Text.Json;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Build;

/// <summary>Writes <see cref="BuildReport"/>'s JSON straight to a <see cref="Utf8JsonWriter"/>, brief by brief, instead of
/// building the whole tree first (for 500 skipped briefs the tree was an eighth of a no-change build's time). The bytes
/// are those of <c>JsonText.Utf8(BuildReport.ToJson(…))</c>: the same fields, order, numbers and escaping.</summary>
internal static class BuildReportWriter
{
    /// <summary>The report as indented UTF-8.</summary>
    public static byte[] Utf8(BuildResult result, BuildOptions options)
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer, result, options);
        return buffer.ToArray();
    }

    private const int FlushAt = 32 * 1024;

    /// <summary>Writes the report as indented UTF-8 to <paramref name="stream"/> as it goes (the writer's own buffer
    /// never holds much more than 32 KB).</summary>
    public static void WriteTo(Stream stream, BuildResult result, BuildOptions options)
    {
        using (var w = new Utf8JsonWriter(stream, JsonText.Options))
        {
            w.WriteStartObject();
            w.WriteString("tool_version", options.ToolVersion);
            w.WriteString("started", result.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            w.WriteNumber("duration_ms", Math.Round(result.Duration.TotalMilliseconds));
            if (options.Shard is { } shard) w.WriteString("shard", shard.ToString());
            else w.WriteNull("shard");
            w.WriteStartArray("briefs");
            foreach (var b in result.Briefs)
            {
                Brief(w, b);
                // The writer's buffer goes to the file every 32 KB or so (each flush is a write to the file system, so
                // not after every brief; the buffer never grows to a large object).
                if (w.BytesPending >= FlushAt) w.Flush();
            }
            w.WriteEndArray();
            w.WritePropertyName("diagnostics");
            BuildReport.Diagnostics(result.Diagnostics).WriteTo(w);
            w.WriteEndObject();
        }
    }

    private static void Brief(Utf8JsonWriter w, BriefOutcome b)
    {
        w.WriteStartObject();
        w.WriteString("slug", b.Slug);
        w.WriteString("template", b.Template);
        w.WriteString("status", b.Status.ToString().ToLowerInvariant());
        w.WriteNumber("duration_ms", Math.Round(b.Duration.TotalMilliseconds));
        w.WriteStartArray("outputs");
        foreach (var o in b.Outputs)
        {
            w.WriteStartObject();
            w.WriteString("path", DisplayPath.For(o.Path).Replace('\\', '/'));
            w.WriteString("format", o.Format);
            w.WriteNumber("bytes", o.Bytes);
            w.WriteString("sha256", o.Sha256);
            if (o.Pages is { } pages) w.WriteNumber("pages", pages);
            else w.WriteNull("pages");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("diagnostics");
        BuildReport.Diagnostics(b.Diagnostics).WriteTo(w);
        w.WritePropertyName("changes");
        if (BuildReport.Changes(b) is { } changes) changes.WriteTo(w);
        else w.WriteNullValue();
        w.WriteEndObject();
    }
}
