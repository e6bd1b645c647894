using BriefGenerator.Rendering;

namespace BriefGenerator.Tests.Rendering;

/// <summary>The per-thread scratch streams the renderers write into: a reused stream starts empty, and a stream that
/// grew past the limit is not kept (memory stays flat).</summary>
public class ScratchStreamsTests
{
    [Fact]
    public void A_returned_stream_comes_back_empty_with_its_buffer()
    {
        var first = ScratchStreams.Rent();
        first.Write(new byte[300_000]);
        first.Write("tail"u8);
        var buffer = first.GetBuffer();
        ScratchStreams.Return(first);

        var again = ScratchStreams.Rent();
        Assert.Same(first, again);
        Assert.Equal(0, again.Length);
        Assert.Equal(0, again.Position);
        Assert.Same(buffer, again.GetBuffer());
        again.Write("new"u8);
        Assert.Equal("new"u8.ToArray(), again.ToArray());
        ScratchStreams.Return(again);
    }

    [Fact]
    public void Two_rented_at_once_are_different_streams()
    {
        var a = ScratchStreams.Rent();
        var b = ScratchStreams.Rent();
        Assert.NotSame(a, b);
        ScratchStreams.Return(b);
        ScratchStreams.Return(a);
    }

    [Fact]
    public void A_stream_grown_past_the_limit_is_left_to_the_collector()
    {
        var big = ScratchStreams.Rent();
        big.Write(new byte[9 << 20]);
        ScratchStreams.Return(big);
        var next = ScratchStreams.Rent();
        Assert.NotSame(big, next);
        ScratchStreams.Return(next);
    }
}
