using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;

namespace BriefGenerator.Tests.Cli;

/// <summary>A worker's replies (<see cref="WorkerFrames"/>) carry everything the parent reports and caches, unchanged,
/// and a stream that is cut or damaged is refused, never half read.</summary>
public class WorkerFramesTests
{
    [Fact]
    public void A_brief_frame_and_an_end_frame_read_back_as_written()
    {
        var warning = new Diagnostic(Severity.Warning, "BG022", "link to 'missing' goes nowhere", new SourceSpan("content/a/brief.md", 7, 5));
        var pdf = new OutputFile("out/a/policy-brief.pdf", "pdf", 137_297, new string('a', 64), 8);
        var docx = new OutputFile("out/a/policy-brief.docx", "docx", 143_522, new string('b', 64), null);
        var changes = new BuildChanges(true, new DiffSummary(1, 0, 2, 0, 3, 0, 4, 0, 1),
            new Dictionary<string, int> { ["policy-brief.pdf"] = 7 }, new Dictionary<string, int> { ["policy-brief.pdf"] = 8, ["one-pager.pdf"] = 1 });
        var outcomes = new[]
        {
            new BriefOutcome("a", "policy-brief", BriefStatus.Built, TimeSpan.FromTicks(1_234_567), new[] { pdf, docx }, new[] { warning }) { Changes = changes },
            new BriefOutcome("a", "one-pager", BriefStatus.Skipped, TimeSpan.Zero, Array.Empty<OutputFile>(), Array.Empty<Diagnostic>()),
        };
        var entry = new CacheEntry("fingerprint", new[] { new CachedOutcome("policy-brief", new[] { pdf, docx }, new[] { warning }) },
            new Dictionary<string, string> { ["/t/partial.sbn"] = "digest" }, new Dictionary<string, FileStamp> { [pdf.Path] = new(137_297, 42) },
            new BriefStamp(100, 200, 300, "brief-digest"));
        Exception bug;
        try { throw new InvalidOperationException("on purpose"); }
        catch (InvalidOperationException ex) { bug = ex; }

        using var stream = new MemoryStream();
        WorkerFrames.WriteBrief(stream, "a", outcomes, entry, bug);
        WorkerFrames.WriteBrief(stream, "b", Array.Empty<BriefOutcome>(), null, null);
        WorkerFrames.WriteEnd(stream, new[] { KeyValuePair.Create("/t/fonts", ("stamp", "fonts-digest")) });
        stream.Position = 0;

        var reply = Assert.IsType<WorkerReply>(WorkerFrames.Read(stream));
        Assert.Equal("a", reply.Slug);
        Assert.Equal(2, reply.Outcomes.Count);
        var first = reply.Outcomes[0];
        Assert.Equal(("a", "policy-brief", BriefStatus.Built, TimeSpan.FromTicks(1_234_567)), (first.Slug, first.Template, first.Status, first.Duration));
        Assert.Equal(new[] { pdf, docx }, first.Outputs);
        Assert.Equal(new[] { warning }, first.Diagnostics);
        Assert.Equal(changes.Summary, first.Changes!.Summary);
        Assert.True(first.Changes.HasPrevious);
        Assert.Equal(changes.PagesBefore, first.Changes.PagesBefore);
        Assert.Equal(changes.PagesAfter.ToList(), first.Changes.PagesAfter.ToList()); // in order: the summary names the first PDF
        Assert.Equal("1 front matter field, 2 paragraphs, 3 table rows, 4 table cells, 1 link changed; 7 → 8 pages", first.Changes.Describe());
        Assert.Null(reply.Outcomes[1].Changes);
        Assert.Equal(BriefStatus.Skipped, reply.Outcomes[1].Status);
        Assert.Equal(entry.Fingerprint, reply.Entry!.Fingerprint);
        Assert.Equal(entry.Outcomes[0].Outputs, reply.Entry.Outcomes[0].Outputs);
        Assert.Equal(entry.Reads, reply.Entry.Reads);
        Assert.Equal(entry.Stamps, reply.Entry.Stamps);
        Assert.Equal(entry.Source, reply.Entry.Source);
        Assert.Equal("InvalidOperationException", reply.Bug!.TypeName);
        Assert.Equal("on purpose", reply.Bug.Message);
        Assert.Contains("   at ", reply.Bug.ToString(), StringComparison.Ordinal);

        var empty = Assert.IsType<WorkerReply>(WorkerFrames.Read(stream));
        Assert.Equal(("b", 0), (empty.Slug, empty.Outcomes.Count));
        Assert.Null(empty.Entry);
        Assert.Null(empty.Bug);
        var end = Assert.IsType<WorkerEnd>(WorkerFrames.Read(stream));
        Assert.Equal(("/t/fonts", ("stamp", "fonts-digest")), (end.Folders[0].Key, end.Folders[0].Value));
        Assert.Null(WorkerFrames.Read(stream));
    }

    [Fact]
    public void A_cut_or_damaged_stream_is_refused()
    {
        using var whole = new MemoryStream();
        WorkerFrames.WriteBrief(whole, "a", Array.Empty<BriefOutcome>(), null, null);
        var bytes = whole.ToArray();

        Assert.Null(WorkerFrames.Read(new MemoryStream(bytes[..^1]))); // cut: the stream ended mid-frame
        var damaged = (byte[])bytes.Clone();
        damaged[4] = 9; // not a frame kind
        Assert.Throws<InvalidDataException>(() => WorkerFrames.Read(new MemoryStream(damaged)));
        Assert.Throws<InvalidDataException>(() => WorkerFrames.Read(new MemoryStream("garbage, not a frame"u8.ToArray())));
    }
}
