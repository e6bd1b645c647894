using BriefGenerator.Build;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>The spare core's one thread: side work runs there or, if still queued when someone waits for it, on the
/// waiting thread, so a busy spare thread never holds a build up.</summary>
public class SpareCoreTests
{
    [Fact]
    public void Work_beside_runs_on_one_other_thread_and_every_item_runs_once()
    {
        var counts = new int[3];
        var threads = new int[3];
        SpareCore.For(3, sideBySide: true, i => { Interlocked.Increment(ref counts[i]); threads[i] = Environment.CurrentManagedThreadId; });
        Assert.All(counts, c => Assert.Equal(1, c));
        Assert.Equal(Environment.CurrentManagedThreadId, threads[0]);
        Assert.Equal(Environment.CurrentManagedThreadId, threads[1]);
    }

    [Fact]
    public void Work_queued_behind_a_busy_spare_thread_runs_on_the_thread_that_waits()
    {
        using var release = new ManualResetEventSlim();
        using var blocking = new ManualResetEventSlim();
        var blocker = SpareCore.Run(() => { blocking.Set(); release.Wait(); });
        try
        {
            blocking.Wait(); // the spare thread is now held
            var ran = 0;
            SpareCore.For(2, sideBySide: true, i => { if (i == 1) ran = Environment.CurrentManagedThreadId; });
            Assert.Equal(Environment.CurrentManagedThreadId, ran);
        }
        finally { release.Set(); }
        blocker.Wait();
    }

    [Fact]
    public void A_failure_beside_is_rethrown_after_every_item_has_ended()
    {
        var first = 0;
        var error = Assert.Throws<AggregateException>(() =>
            SpareCore.For(2, sideBySide: true, i => { if (i == 1) throw new InvalidOperationException("beside"); first = 1; }));
        Assert.Equal("beside", Assert.Single(error.InnerExceptions).Message);
        Assert.Equal(1, first);
    }
}
