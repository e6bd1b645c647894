using System.Text.Json;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;

namespace BriefGenerator.Tests.Diff;

/// <summary>The change snapshot takes the content loader's parse of the body instead of parsing it again
/// (<see cref="ParsedBody"/>): it must give the snapshot a parse of its own would, and never a parse of other text.</summary>
public class SnapshotParseHandOffTests
{
    private const string Old = "---\ntitle: Hand-off\ndate: 2026-01-15\n---\n\nA lede.\n\n## Data {#data}\n\nTable: Figures {#tbl-figures}\n\n| Region | Wells |\n|:--|--:|\n| North | 12 |\n| South | 7 |\n";

    private static string Json(BriefSnapshot snapshot) => JsonSerializer.Serialize(snapshot, SnapshotJson.Default.BriefSnapshot);

    [Fact]
    public void A_snapshot_from_the_loaders_parse_equals_one_that_parses_the_body_itself()
    {
        var brief = ContentLoader.LoadText(Old, "hand-off", "brief.md", new DiagnosticBag())!;
        Assert.NotNull(brief.ParsedBody);
        var handedOff = SnapshotBuilder.FromBrief(brief, Old, "brief.md", new DiagnosticBag())!;
        // The parse is handed out once: the second snapshot parses the body itself.
        var ownParse = SnapshotBuilder.FromBrief(brief, Old, "brief.md", new DiagnosticBag())!;
        Assert.Equal(Json(ownParse), Json(handedOff));
        Assert.Equal(Json(SnapshotBuilder.FromText(Old, "hand-off", "brief.md", new DiagnosticBag())!), Json(handedOff));
        Assert.Contains("\"North\"", Json(handedOff));
    }

    [Fact]
    public void A_brief_edited_after_it_was_loaded_is_snapshotted_as_edited()
    {
        var brief = ContentLoader.LoadText(Old, "hand-off", "brief.md", new DiagnosticBag())!;
        var edited = Old.Replace("| North | 12 |", "| North | 13 |");
        var snapshot = Json(SnapshotBuilder.FromBrief(brief, edited, "brief.md", new DiagnosticBag())!);
        Assert.Contains("\"13\"", snapshot);
        Assert.DoesNotContain("\"12\"", snapshot);
    }

    [Fact]
    public void The_parse_is_taken_once_and_only_for_the_same_text()
    {
        var body = "| A | B |\n|---|---|\n| 1 | 2 |\n";
        var held = new ParsedBody(body, MarkdownSyntax.Parse(body));
        Assert.Null(held.Take(body + "\n"));
        Assert.Null(held.Take(body)); // a taker with other text let it go
        var again = new ParsedBody(body, MarkdownSyntax.Parse(body));
        Assert.NotNull(again.Take(new string(body.ToCharArray())));
        Assert.Null(again.Take(body));
        var released = new ParsedBody(body, MarkdownSyntax.Parse(body));
        released.Release();
        Assert.Null(released.Take(body));
    }
}
