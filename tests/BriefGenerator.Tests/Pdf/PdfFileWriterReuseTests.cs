using BriefGenerator.Rendering.Pdf.Writer;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The PDF file writer hands its buffer to the next file written on the same thread (a `watch` rebuild writes
/// into the room the last file grew to). A file written into a reused buffer has the bytes of one written into a new
/// buffer, and a writer opened while another is open on the thread gets a buffer of its own.</summary>
public class PdfFileWriterReuseTests
{
    // A small file: a catalog-like object and one deflated stream; the writer's whole output.
    private static byte[] SmallFile(out PdfBuffer output)
    {
        var file = new PdfFileWriter();
        int a = file.Allocate(), b = file.Allocate();
        file.Object(a, "<</Type/Catalog>>"u8);
        file.Stream(b, "/Type/Test"u8, "BT /F1 12 Tf (small) Tj ET"u8);
        file.Finish("/Root 1 0 R"u8, out _);
        output = file.Output;
        var bytes = file.Output.Span.ToArray();
        file.Release();
        return bytes;
    }

    private static void LargeFile()
    {
        var file = new PdfFileWriter();
        var body = new byte[300_000];
        Array.Fill(body, (byte)'x');
        file.Object(file.Allocate(), body);
        file.Finish("/Root 1 0 R"u8, out _);
        Assert.True(file.Output.Length > 300_000);
        file.Release();
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void A_file_written_into_the_previous_files_buffer_has_the_bytes_of_a_fresh_one()
    {
        var fresh = OnFreshThread(() => SmallFile(out _));
        var (reused, sameBuffer) = OnFreshThread(() =>
        {
            LargeFile();
            SmallFile(out var first);
            var bytes = SmallFile(out var second);
            return (bytes, ReferenceEquals(first, second));
        });
        Assert.True(sameBuffer, "the second file on the thread did not reuse the first one's buffer");
        Assert.Equal(fresh, reused);
        Assert.StartsWith("%PDF-1.7", System.Text.Encoding.ASCII.GetString(reused, 0, 8));
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(reused));
    }

    [Fact]
    public void A_writer_opened_while_another_is_open_gets_its_own_buffer()
    {
        var distinct = OnFreshThread(() =>
        {
            SmallFile(out _); // leaves a spare buffer on this thread
            var outer = new PdfFileWriter();
            var inner = new PdfFileWriter();
            var separate = !ReferenceEquals(outer.Output, inner.Output);
            inner.Release();
            outer.Release();
            return separate;
        });
        Assert.True(distinct);
    }
}
