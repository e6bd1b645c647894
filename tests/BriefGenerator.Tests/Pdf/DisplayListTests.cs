using System.Globalization;
using BriefGenerator.Fonts;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The display list stores calls compactly (a byte per call, its numbers and references in chunked queues):
/// its replay must make exactly the calls drawn into it, with the same arguments, in the same order, also past the
/// queues' chunk boundaries, and only once.</summary>
public class DisplayListTests
{
    private static readonly FontFace Face = FontLibrary.Open(RepoPaths.Fonts).Find("Noto Sans", FontStyle.Regular)!;

    [Fact]
    public void Replay_makes_every_call_recorded_with_its_arguments_in_order()
    {
        var direct = new CallLog();
        Draw(direct, rows: 3000); // some 60,000 calls: several chunks of each queue
        var list = new DisplayList();
        Draw(list, rows: 3000);
        var replayed = new CallLog();
        list.Replay(replayed);

        Assert.True(direct.Calls.Count > 50_000, $"{direct.Calls.Count} calls");
        Assert.Equal(direct.Calls, replayed.Calls);
        Assert.Equal(3000, list.PageCount);
        Assert.Equal(new PageAnchor(0, 12.5), list.Anchors["row-0"]);
    }

    [Fact]
    public void A_list_is_replayed_once()
    {
        var list = new DisplayList();
        Draw(list, rows: 2);
        list.Replay(new CallLog());
        Assert.Throws<InvalidOperationException>(() => list.Replay(new CallLog()));
    }

    [Fact]
    public void With_a_sink_each_page_is_replayed_when_it_ends_unless_it_waits_for_a_target_or_the_end()
    {
        var list = new DisplayList();
        var sink = new CallLog();
        list.Sink = sink;
        list.BeginPage(0, 100, 100);
        list.DrawText("one", Face, 9, "#000000", 1, 2);
        list.Running(c => c.DrawText("foot 1", Face, 8, "#000000", 1, 90));
        Assert.Empty(sink.Calls); // nothing before the page ends
        list.EndPage();
        Assert.Equal(new[] { "BeginPage(0, 100, 100)", "DrawText(one, NotoSans-Regular, 9, #000000, 1, 2)", "DrawText(foot 1, NotoSans-Regular, 8, #000000, 1, 90)", "EndPage()" }, sink.Calls);

        // A link to a target not drawn yet holds its page and the next ones back until the target lands.
        list.BeginPage(1, 100, 100);
        list.BeginLink(null, "later", 1, 2, 3, 4, "alt");
        list.EndLink();
        list.LaterAt("heading", c => c.DrawText("page no.", Face, 9, "#000000", 5, 6));
        list.EndPage();
        list.BeginPage(2, 100, 100);
        list.Anchor("later", 10);
        list.EndPage();
        Assert.Equal(4, sink.Calls.Count); // still waiting for "heading"
        list.BeginPage(3, 100, 100);
        list.Anchor("heading", 20);
        list.EndPage();
        Assert.Equal(15, sink.Calls.Count);
        Assert.Equal("DrawText(page no., NotoSans-Regular, 9, #000000, 5, 6)", sink.Calls[7]);

        // A Later call waits for the end of the layout.
        list.BeginPage(4, 100, 100);
        list.Later(c => c.DrawText("at the end", Face, 9, "#000000", 1, 2));
        list.EndPage();
        list.BeginPage(5, 100, 100);
        list.EndPage();
        Assert.Equal(15, sink.Calls.Count);
        list.Replay(sink);
        Assert.Equal(new[] { "BeginPage(4, 100, 100)", "DrawText(at the end, NotoSans-Regular, 9, #000000, 1, 2)", "EndPage()", "BeginPage(5, 100, 100)", "EndPage()" }, sink.Calls.Skip(15));
        Assert.Equal(6, list.PageCount);
    }

    [Fact]
    public void The_queue_takes_values_while_more_are_added_across_chunks()
    {
        var queue = new ChunkedQueue<string>();
        int added = 0, taken = 0;
        for (var round = 0; round < 50; round++)
        {
            for (var i = 0; i < 1000 + round * 37; i++) queue.Add((added++).ToString(CultureInfo.InvariantCulture));
            var take = round % 3 == 2 ? added - taken : (added - taken) / 2;
            for (var i = 0; i < take; i++) Assert.Equal((taken++).ToString(CultureInfo.InvariantCulture), queue.Take());
        }
        while (queue.Any) Assert.Equal((taken++).ToString(CultureInfo.InvariantCulture), queue.Take());
        Assert.Equal(added, taken);
        Assert.Throws<InvalidOperationException>(() => queue.Take());
    }

    [Fact]
    public void The_queue_gives_values_back_in_order_across_chunks_and_no_more()
    {
        var queue = new ChunkedQueue<int>();
        for (var i = 0; i < 20_000; i++) queue.Add(i);
        for (var i = 0; i < 20_000; i++) Assert.Equal(i, queue.Take());
        Assert.False(queue.Any);
        Assert.Throws<InvalidOperationException>(() => queue.Take());
    }

    [Fact]
    public void A_released_queue_leaves_a_clean_chunk_to_the_next_one()
    {
        var first = new ChunkedQueue<string?>();
        for (var i = 0; i < 10_000; i++) first.Add(i.ToString(CultureInfo.InvariantCulture));
        first.Release(); // values still waiting: nothing is given back
        while (first.Any) first.Take();
        first.Release();
        // The next queue on this thread may start in the given-back chunk: it reads only what it was given.
        var next = new ChunkedQueue<string?>();
        for (var i = 0; i < 3; i++) next.Add(i % 2 == 0 ? null : "v" + i);
        Assert.Null(next.Take());
        Assert.Equal("v1", next.Take());
        Assert.Null(next.Take());
        Assert.False(next.Any);
        Assert.Throws<InvalidOperationException>(() => next.Take());
    }

    // Every kind of call, with arguments that differ from row to row (fractions, nulls, callbacks).
    private static void Draw(IPdfCanvas canvas, int rows)
    {
        var points = new List<(double X, double Y)> { (1, 2), (3.25, 4.5) };
        for (var r = 0; r < rows; r++)
        {
            var y = 12.5 + r / 7.0;
            canvas.BeginPage(r, 595.276, 841.89);
            canvas.Anchor($"row-{r}", r == 0 ? 12.5 : y);
            canvas.Bookmark($"Row {r}", 1 + r % 3, y);
            canvas.BeginTag(StructureTag.TR);
            canvas.BeginTag(StructureTag.TD);
            canvas.SpanCell(1 + r % 2, 1 + r % 3);
            canvas.DrawText($"District {r}", Face, 9.5, "#1a2b3c", 72 + r / 3.0, y);
            canvas.EndTag();
            canvas.BeginLink(r % 2 == 0 ? "https://example.org/" + r : null, r % 2 == 0 ? null : "tbl-" + r, 1, y, 30.125, 11, "alt " + r);
            canvas.DrawText("link", Face, 9.5, "#0000ff", 80, y);
            canvas.EndLink();
            canvas.EndTag();
            canvas.DrawLine(72, y, 523.276, y + 0.1, 0.5, "#cccccc");
            canvas.FillRect(72, y, 451.276, 14.2, "#f4f4f4");
            canvas.BeginArtifact();
            canvas.DrawText($"Page {r + 1}", Face, 8, "#666666", 500, 820);
            canvas.EndArtifact();
            canvas.BeginFigure("figure " + r, 72, y, 100, 50);
            canvas.DrawPolyline(points, 1.5, "#ff0000");
            canvas.DrawImage(null!, 72, y, 100, 50);
            canvas.EndTag();
            var n = r;
            canvas.Later(c => c.DrawText($"later {n}", Face, 7, "#000000", 10, 10));
            canvas.EndPage();
        }
    }

    // Writes each call and its arguments as a line (numbers round-trip exactly).
    private sealed class CallLog : IPdfCanvas
    {
        public List<string> Calls { get; } = new();

        private void Log(string call, params object?[] args) =>
            Calls.Add(call + "(" + string.Join(", ", args.Select(a => a switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                FontFace f => f.FaceName,
                IReadOnlyList<(double X, double Y)> p => string.Join(" ", p),
                null => "null",
                _ => a.ToString(),
            })) + ")");

        public void BeginPage(int pageIndex, double width, double height) => Log("BeginPage", pageIndex, width, height);
        public void EndPage() => Log("EndPage");
        public void DrawText(string text, FontFace face, double size, string color, double x, double baseline) => Log("DrawText", text, face, size, color, x, baseline);
        public void DrawLine(double x1, double y1, double x2, double y2, double width, string color) => Log("DrawLine", x1, y1, x2, y2, width, color);
        public void FillRect(double x, double y, double width, double height, string color) => Log("FillRect", x, y, width, height, color);
        public void DrawImage(BriefGenerator.Images.LoadedImage image, double x, double y, double width, double height) => Log("DrawImage", image?.Key, x, y, width, height);
        public void BeginLink(string? url, string? targetId, double x, double y, double width, double height, string altText) => Log("BeginLink", url, targetId, x, y, width, height, altText);
        public void EndLink() => Log("EndLink");
        public void BeginTag(StructureTag tag) => Log("BeginTag", tag);
        public void EndTag() => Log("EndTag");
        public void BeginFigure(string altText, double x, double y, double width, double height) => Log("BeginFigure", altText, x, y, width, height);
        public void DrawPolyline(IReadOnlyList<(double X, double Y)> points, double width, string color) => Log("DrawPolyline", points, width, color);
        public void SpanCell(int columnSpan, int rowSpan) => Log("SpanCell", columnSpan, rowSpan);
        public void BeginArtifact() => Log("BeginArtifact");
        public void EndArtifact() => Log("EndArtifact");
        public void Anchor(string id, double y) => Log("Anchor", id, y);
        public void Bookmark(string title, int level, double y) => Log("Bookmark", title, level, y);
        public void Later(Action<IPdfCanvas> draw) => draw(this);
    }
}
