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
            ["series"] = m.Series,
            ["number"] = m.Number,
            ["about"] = m.About,
            ["license"] = m.License,
            ["logo"] = m.Logo,
            ["year"] = m.Date.Year,
            ["citation"] = Citation(m),
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
            ["figures"] = Array(brief.Figures.Select(Figure)),
        };
    }

    // "Jane Doe and Dilnoza Rashidova (2026). *Title: Subtitle*. Policy Brief No. 14. Institute for Tests, 27 November 2026."
    // Without authors the organisation leads; without either, the title does.
    private static string Citation(BriefMetadata m)
    {
        var parts = new List<string>();
        var authors = m.Authors.Count switch
        {
            0 => m.Organization,
            1 => m.Authors[0],
            _ => string.Join(", ", m.Authors.Take(m.Authors.Count - 1)) + " and " + m.Authors[^1],
        };
        var title = "*" + m.Title + (m.Subtitle is null ? "" : ": " + m.Subtitle) + "*.";
        if (authors is null) parts.Add(title);
        else parts.AddRange(new[] { $"{authors} ({m.Date.Year}).", title });
        var series = (m.Series, m.Number) switch
        {
            ({ } s, { } n) => $"{s} No. {n}.",
            ({ } s, null) => s + ".",
            (null, { } n) => $"No. {n}.",
            _ => null,
        };
        if (series is not null) parts.Add(series);
        parts.Add((m.Organization is null ? "" : m.Organization + ", ") + $"{m.Date.Day} {Months[m.Date.Month - 1]} {m.Date.Year}.");
        return string.Join(" ", parts);
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
        ["chart"] = t.Chart,
    };

    private static StrictScriptObject Figure(BriefFigure f) => new()
    {
        ["id"] = f.Id,
        ["number"] = f.Number,
        ["caption"] = f.Caption,
        ["alt"] = f.Alt,
        ["path"] = f.Path,
        ["markup"] = f.Markup,
    };

    private static ScriptArray Strings(IEnumerable<string> items) => new(items.Cast<object>());

    private static ScriptArray Array(IEnumerable<object> items) => new(items);
}
