using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Redline;

/// <summary><c>brief build --redline REV</c> on the seed brief in a temporary git repository: the seed is committed,
/// three things are edited (a sentence, a removed paragraph, a table cell) and committed, and the redline DOCX is read
/// back with the Open XML SDK (and pandoc) as tracked changes with the revision's author and date.</summary>
public sealed class RedlineBuildTests : IDisposable
{
    private readonly Workspace _ws = new();
    private readonly string _brief;

    public RedlineBuildTests()
    {
        Git("init", "-q", "-b", "main");
        _brief = _ws.CopyBrief();
        Git("add", "-A");
        Git("commit", "-q", "-m", "seed");
        Edit(t => t
            .Replace("The security landscape in central asia is marked", "The security landscape in Central Asia is shaped")
            .Replace("To effectively address these challenges, collaboration among regional and international partners is essential. Initiatives may include:\n\n", "")
            .Replace("| Details Sharing |", "| Information Sharing |"));
        Git("commit", "-q", "-am", "three edits");
    }

    public void Dispose() => _ws.Dispose();

    private string Redline => Path.Combine(_ws.Out, "us-uzbekistan-security", "policy-brief.redline.docx");

    [Fact]
    public void Three_edits_are_exactly_three_groups_of_tracked_changes_with_the_revisions_author_and_date()
    {
        var run = CliRun.Build(_ws, "--redline", "HEAD~1");
        Assert.True(run.Exit == 0, run.Err);
        Assert.DoesNotContain("BG096", run.Err);
        var bytes = File.ReadAllBytes(Redline);
        Assert.Empty(Readers.DocxErrors(bytes));

        var (changes, author, dates, deletedMarks) = TrackedChanges(bytes);
        Assert.Equal(new[]
        {
            "- central asia", "+ Central Asia", "- marked", "+ shaped",
            "- To effectively address these challenges, collaboration among regional and international partners is essential. Initiatives may include:",
            "- Details", "+ Information",
        }, changes);
        var hash = Git("rev-parse", "--short", "HEAD~1").Trim();
        Assert.Equal(new[] { $"brief diff since {hash}" }, author);
        var committed = DateTimeOffset.Parse(Git("show", "-s", "--format=%cI", "HEAD~1").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new[] { committed.UtcDateTime }, dates);
        Assert.Equal(1, deletedMarks);

        // The normal DOCX carries no tracked changes; a second build gives the same redline bytes.
        Assert.Empty(TrackedChanges(File.ReadAllBytes(Path.ChangeExtension(Redline, null).Replace(".redline", "") + ".docx")).Changes);
        Assert.Equal(0, CliRun.Build(_ws, "--redline", "HEAD~1").Exit);
        Assert.Equal(bytes, File.ReadAllBytes(Redline));
    }

    [Fact]
    public void An_added_paragraph_and_list_item_are_inserted_with_their_paragraph_marks()
    {
        Edit(t => t
            .Replace("By fostering a collective security framework,", "A new plain paragraph.\n\nBy fostering a collective security framework,")
            .Replace("- **Educational Programs:** Scholarships and exchanges develop human capital and foster mutual understanding.\n",
                "- **Educational Programs:** Scholarships and exchanges develop human capital and foster mutual understanding.\n- A new plain item.\n"));
        Git("commit", "-q", "-am", "additions");
        var run = CliRun.Build(_ws, "--redline", "HEAD~1");
        Assert.True(run.Exit == 0, run.Err);
        Assert.DoesNotContain("BG096", run.Err);
        var bytes = File.ReadAllBytes(Redline);
        Assert.Empty(Readers.DocxErrors(bytes));
        Assert.Equal(new[] { "+ A new plain paragraph.", "+ A new plain item." }, TrackedChanges(bytes).Changes);
        var insertedMarks = Body(bytes).Descendants<ParagraphMarkRunProperties>().SelectMany(p => p.Elements<Inserted>()).Count();
        Assert.Equal(2, insertedMarks);
    }

    [Fact]
    public void Against_its_own_revision_the_redline_marks_nothing()
    {
        Assert.Equal(0, CliRun.Build(_ws, "--redline", "HEAD").Exit);
        var bytes = File.ReadAllBytes(Redline);
        Assert.Empty(Readers.DocxErrors(bytes));
        Assert.Empty(TrackedChanges(bytes).Changes);
    }

    [Fact]
    public void A_change_the_redline_cannot_mark_exactly_is_the_new_text_with_a_located_warning()
    {
        Edit(t => t.Replace("- **Terrorism:** The resurgence", "- **Terrorism:** The sudden resurgence"));
        Git("commit", "-q", "-am", "formatted item");
        var run = CliRun.Build(_ws, "--redline", "HEAD~1");
        Assert.Equal(0, run.Exit);
        Assert.Contains("brief.md(50,3): warning BG096", run.Err); // the list the item is in
        Assert.Contains("warning BG096: redline: a changed list item with formatting, links or notes is shown as the new text, unmarked", run.Err);
        var bytes = File.ReadAllBytes(Redline);
        Assert.Empty(TrackedChanges(bytes).Changes);
        Assert.Contains("The sudden resurgence", Readers.Collapse(string.Concat(Body(bytes).Descendants<Text>().Select(t => t.Text))));
    }

    [Fact]
    public void A_revision_that_does_not_exist_is_a_usage_error_and_builds_nothing()
    {
        var run = CliRun.Build(_ws, "--redline", "no-such-rev");
        Assert.Equal(2, run.Exit);
        Assert.Equal("brief: error: --redline: unknown revision 'no-such-rev'\n", run.Err.Replace("\r\n", "\n"));
        Assert.False(Directory.Exists(Path.Combine(_ws.Out, "us-uzbekistan-security")));
        Assert.Equal(2, CliRun.Build(_ws, "--redline", "--help-me").Exit);
    }

    [Fact]
    public void A_brief_that_did_not_exist_at_the_revision_builds_without_a_redline_and_says_why()
    {
        _ws.AddBrief("water", "---\ntitle: Water\ndate: 2026-01-15\n---\n\nLede.\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", "water");
        var run = CliRun.Build(_ws, "--redline", "HEAD~1", "water");
        Assert.Equal(0, run.Exit);
        Assert.Contains("warning BG095: no redline for this brief: at HEAD~1 revision 'HEAD~1' has no file 'content/water/brief.md'", run.Err);
        Assert.False(File.Exists(Path.Combine(_ws.Out, "water", "policy-brief.redline.docx")));
        Assert.True(File.Exists(Path.Combine(_ws.Out, "water", "policy-brief.docx")));
    }

    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_the_insertions_and_deletions_back()
    {
        Assert.Equal(0, CliRun.Build(_ws, "--redline", "HEAD~1").Exit);
        var markdown = Readers.Collapse(Pandoc.Convert(File.ReadAllBytes(Redline), "markdown", "--track-changes=all"));
        Assert.Contains("[central asia]{.deletion", markdown);
        Assert.Contains("Asia]{.insertion", markdown);
        Assert.Contains("[marked]{.deletion", markdown);
        Assert.Contains("[shaped]{.insertion", markdown);
        Assert.Contains("[Details]{.deletion", markdown);
        Assert.Contains("[Information]{.insertion", markdown);
        Assert.Contains("{.paragraph-deletion", markdown);
        // Accepting every change gives the new text.
        var accepted = Readers.Collapse(Pandoc.Convert(File.ReadAllBytes(Redline), "plain", "--track-changes=accept"));
        Assert.Contains("The security landscape in Central Asia is shaped", accepted);
        Assert.DoesNotContain("To effectively address", accepted);
    }

    /// <summary>Every w:ins ("+ text") and w:del ("- text") in order, their authors and dates, and the deleted paragraph marks.</summary>
    private static (List<string> Changes, string[] Author, DateTime[] Dates, int DeletedMarks) TrackedChanges(byte[] docx)
    {
        var body = Body(docx);
        var runs = body.Descendants<RunTrackChangeType>().ToList();
        var changes = runs.Select(r => r is InsertedRun
            ? "+ " + string.Concat(r.Descendants<Text>().Select(t => t.Text)).Trim()
            : "- " + string.Concat(r.Descendants<DeletedText>().Select(t => t.Text)).Trim()).ToList();
        var marks = body.Descendants<ParagraphMarkRunProperties>().SelectMany(p => p.Elements<Deleted>()).ToList();
        var authors = runs.Select(r => r.Author!.Value!).Concat(marks.Select(m => m.Author!.Value!)).Distinct().ToArray();
        var dates = runs.Select(r => r.Date!.Value).Concat(marks.Select(m => m.Date!.Value)).Distinct().ToArray();
        return (changes, authors, dates, marks.Count);
    }

    private static Body Body(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return (Body)doc.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    private void Edit(Func<string, string> change)
    {
        var before = File.ReadAllText(_brief);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(_brief, after);
    }

    private string Git(params string[] args) =>
        ProcessRun.Succeeding("git", new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false" }.Concat(args), _ws.Root);
}
