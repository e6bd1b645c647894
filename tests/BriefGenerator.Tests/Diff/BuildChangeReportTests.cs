using System.Text.Json;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Diff;

/// <summary>Every build compares each built brief with its previous build in the same output folder: build-report.json
/// gets a <c>changes</c> object and <c>brief build</c> prints one line per changed brief.</summary>
public class BuildChangeReportTests
{
    private const string Brief = "---\ntitle: Water\ndate: 2026-01-15\n---\n\nLede paragraph.\n\n## Costs\n\nThe costs, in millions.\n\n" +
                                 "Table: Budget\n\n| Item | Cost |\n|---|---:|\n| Canal lining | 210 |\n| Metering | 40 |\n";

    [Fact]
    public void A_rebuild_after_an_edit_reports_what_changed_and_the_page_counts()
    {
        using var ws = new Workspace();
        ws.AddBrief("water", Brief);
        var first = CliRun.Build(ws, "--format", "pdf");
        Assert.Equal(0, first.Exit);
        Assert.DoesNotContain("water: ", first.Out);
        var changes = Changes(ws);
        Assert.False(changes.GetProperty("since_previous_build").GetBoolean());
        Assert.Equal("first build", changes.GetProperty("summary").GetString());

        ws.AddBrief("water", Brief.Replace("in millions", "in millions of dollars").Replace("| 210 |", "| 240 |").Replace("| 40 |", "| 45 |"));
        var second = CliRun.Build(ws, "--format", "pdf");
        Assert.Equal(0, second.Exit);
        changes = Changes(ws);
        var pages = Report(ws).GetProperty("briefs")[0].GetProperty("outputs")[0].GetProperty("pages").GetInt32();
        Assert.True(second.Out.Contains($"water: 1 paragraph, 2 table cells changed; {pages} pages\n"), second.Out);
        Assert.True(changes.GetProperty("since_previous_build").GetBoolean());
        Assert.Equal("1 paragraph, 2 table cells changed", changes.GetProperty("summary").GetString());
        Assert.Equal(1, changes.GetProperty("counts").GetProperty("paragraphs").GetInt32());
        Assert.Equal(2, changes.GetProperty("counts").GetProperty("cells").GetInt32());
        Assert.Equal(pages, changes.GetProperty("pages_before").GetProperty("pdf").GetInt32());
        Assert.Equal(pages, changes.GetProperty("pages_after").GetProperty("pdf").GetInt32());
    }

    [Fact]
    public void A_forced_rebuild_of_unchanged_content_reports_no_changes_and_keeps_the_snapshot_as_it_was()
    {
        using var ws = new Workspace();
        ws.AddBrief("water", Brief);
        Assert.Equal(0, CliRun.Build(ws, "--format", "pdf").Exit);
        var snapshot = Path.Combine(ws.Out, ".brief-cache", "water.json");
        var before = File.ReadAllBytes(snapshot);
        var stamp = File.GetLastWriteTimeUtc(snapshot);

        var again = CliRun.Build(ws, "--format", "pdf", "--force");
        Assert.Equal(0, again.Exit);
        Assert.DoesNotContain("water: ", again.Out);
        Assert.Equal("no changes", Changes(ws).GetProperty("summary").GetString());
        Assert.Equal(before, File.ReadAllBytes(snapshot));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(snapshot));
    }

    [Fact]
    public void A_skipped_brief_has_no_changes_object()
    {
        using var ws = new Workspace();
        ws.AddBrief("water", Brief);
        Assert.Equal(0, CliRun.Build(ws, "--format", "pdf").Exit);
        Assert.Equal(0, CliRun.Build(ws, "--format", "pdf").Exit);
        Assert.Equal(JsonValueKind.Null, Changes(ws).ValueKind);
    }

    private static JsonElement Changes(Workspace ws) => Report(ws).GetProperty("briefs")[0].GetProperty("changes");

    private static JsonElement Report(Workspace ws) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ws.Out, "build-report.json"))).RootElement;
}
