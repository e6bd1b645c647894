using System.Text.Json.Nodes;

namespace BriefGenerator.Diff;

/// <summary>The diff for tools: the two names, <c>equal</c>, the summary counts and every change with its full old and
/// new text, lines and word runs.</summary>
public static class DiffJsonFormatter
{
    /// <summary>The report as a JSON object.</summary>
    public static JsonObject ToJson(DiffReport report) => new()
    {
        ["old"] = report.OldName,
        ["new"] = report.NewName,
        ["equal"] = report.IsEqual,
        ["summary"] = Summary(report.Summary),
        ["changes"] = new JsonArray(report.Changes.Select(c => (JsonNode)new JsonObject
        {
            ["kind"] = c.Kind.ToString().ToLowerInvariant(),
            ["item"] = c.Item,
            ["section"] = c.Section,
            ["label"] = c.Label,
            ["old"] = c.Old,
            ["new"] = c.New,
            ["old_line"] = c.OldLine,
            ["new_line"] = c.NewLine,
            ["detail"] = c.Detail,
            ["words"] = c.Words is null ? null : new JsonArray(c.Words.Select(w => (JsonNode)new JsonObject
            {
                ["op"] = w.Kind.ToString().ToLowerInvariant(),
                ["text"] = w.Text,
            }).ToArray()),
        }).ToArray()),
    };

    /// <summary>The counts by kind (the build report's <c>changes</c> uses the same names).</summary>
    public static JsonObject Summary(DiffSummary s) => new()
    {
        ["fields"] = s.Fields,
        ["sections"] = s.Sections,
        ["paragraphs"] = s.Paragraphs,
        ["tables"] = s.Tables,
        ["rows"] = s.Rows,
        ["columns"] = s.Columns,
        ["cells"] = s.Cells,
        ["notes"] = s.Notes,
        ["links"] = s.Links,
    };
}
