using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Theming;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Rendering;

/// <summary>The pool of output buffers the renderers write a PDF or DOCX into (instead of a new large array per output):
/// a buffer handed back is lent again, none is lent twice at once, and the pool stays within its bounds; an output held
/// in a lent buffer keeps its bytes while other documents render, and they are the bytes <c>Render</c> gives.</summary>
public class OutputBuffersTests
{
    [Fact]
    public void A_buffer_handed_back_is_lent_again_for_an_output_it_fits()
    {
        var pool = new OutputBuffers(4, 16 << 20);
        var first = pool.Rent(140_000);
        Assert.Equal(160 * 1024, first.Length); // an eighth to spare in 32 KB steps, so the next brief's slightly larger output fits too
        pool.Return(first);
        Assert.Equal(first.Length, pool.KeptBytes);

        Assert.Same(first, pool.Rent(150_000));
        Assert.Equal(0, pool.KeptBytes);
        Assert.NotSame(first, pool.Rent(150_000)); // lent, so not lent again until it comes back
    }

    [Fact]
    public void The_smallest_buffer_that_fits_is_lent()
    {
        var pool = new OutputBuffers(4, 16 << 20);
        var big = pool.Rent(1_000_000);
        var small = pool.Rent(100_000);
        pool.Return(big);
        pool.Return(small);
        Assert.Same(small, pool.Rent(90_000));
        Assert.Same(big, pool.Rent(90_000));
    }

    [Fact]
    public void The_pool_keeps_at_most_its_count_and_its_bytes()
    {
        var pool = new OutputBuffers(2, 1 << 20);
        var buffers = Enumerable.Range(0, 3).Select(_ => pool.Rent(100_000)).ToList();
        foreach (var b in buffers) pool.Return(b);
        Assert.Equal(2 * 128 * 1024, pool.KeptBytes);

        var huge = pool.Rent(3_000_000); // grew for one huge output: not kept
        pool.Return(huge);
        Assert.Equal(2 * 128 * 1024, pool.KeptBytes);
        Assert.NotSame(huge, pool.Rent(2_000_000));
    }

    [Fact]
    public void Output_bytes_go_back_once_and_cannot_be_read_after()
    {
        var pool = new OutputBuffers(4, 16 << 20);
        var output = OutputBytes.Rent(5, pool);
        "hello"u8.CopyTo(output.Writable);
        Assert.Equal("hello"u8.ToArray(), output.Memory.ToArray());
        output.Dispose();
        output.Dispose();
        Assert.Equal(64 * 1024, pool.KeptBytes); // once, not twice
        Assert.Throws<ObjectDisposedException>(() => output.Memory);
    }

    [Fact]
    public void Held_outputs_keep_their_bytes_while_others_render_and_match_Render()
    {
        var document = SampleDocuments.Everything();
        var other = PdfFixture.Doc(SampleDocuments.LongTable(60));
        foreach (var renderer in new IDocumentRenderer[] { new PdfRenderer(), new DocxRenderer() })
        {
            var expected = renderer.Render(document, Context());
            var held = renderer.RenderOutput(document, Context());
            Assert.NotNull(held.Lease);
            // Other outputs render (on other threads too) while this one is held: none may be written into its buffer.
            Parallel.For(0, 4, _ => renderer.RenderOutput(other, Context()).Release());
            Assert.True(expected.AsSpan().SequenceEqual(held.Bytes.Span), $"the held {renderer.Format} changed");
            Assert.Equal(expected, held.TakeArray());
        }
    }

    private static RenderContext Context() => new(Theme.Default, FontLibrary.Open(RepoPaths.Fonts), new DiagnosticBag());
}
