using System.Globalization;
using BriefGenerator.Content;
using Scriban.Runtime;

namespace BriefGenerator.Templating;

/// <summary>Builds the data a template sees: plain Scriban objects and arrays with snake_case names, copied from the
/// content model. Templates get data only — no .NET objects, so no reflection reaches beyond the model.</summary>
public static class BriefModel
{
    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The <c>brief</c> global.</summary>
    public static StrictScriptObject Create(Brief brief)
    {
        var m = brief.Metadata;
        var tables = brief.Tables.ToDictionary(t => t, Table);
        return new StrictScriptObject
        {
            ["title"] = m.Title,
            ["subtitle"] = m.Subtitle,
            ["short_title"] = m.ShortTitle ?? m.Title,
            ["date"] = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_long"] = $"{m.Date.Day} {Months[m.Date.Month - 1]} {m.Date.Year}",
            ["authors"] = Strings(m.Authors),
            ["organization"] = m.Organization,
            ["language"] = m.Language,
            ["summary"] = m.Summary,
            ["key_points"] = Strings(m.KeyPoints),
            ["keywords"] = Strings(m.Keywords),
            ["slug"] = brief.Slug,
            ["lede"] = brief.Lede,
            ["sections"] = Array(brief.Sections.Select(s => new StrictScriptObject
            {
                ["id"] = s.Id,
                ["title"] = s.Title,
                ["level"] = s.Level,
                ["body"] = s.Body,
                ["tables"] = Array(s.Tables.Select(t => tables[t])),
            })),
            ["tables"] = Array(brief.Tables.Select(t => tables[t])),
        };
    }

    private static StrictScriptObject Table(ComparisonTable t) => new()
    {
        ["id"] = t.Id,
        ["number"] = t.Number,
        ["caption"] = t.Caption,
        ["columns"] = Array(t.Columns.Select(c => new StrictScriptObject
        {
            ["title"] = c.Title,
            ["align"] = c.Align.ToString().ToLowerInvariant(),
        })),
        ["rows"] = Array(t.Rows.Select(r => Strings(r))),
        ["markup"] = t.Markup,
    };

    private static ScriptArray Strings(IEnumerable<string> items) => new(items.Cast<object>());

    private static ScriptArray Array(IEnumerable<object> items) => new(items);
}
