using BriefGenerator.Build;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>A brief renders its formats side by side only while a worker is idle.</summary>
public class BusyWorkersTests
{
    [Fact]
    public void Some_worker_is_idle_until_every_worker_renders_a_brief()
    {
        var busy = new BusyWorkers(2);
        Assert.True(busy.SomeIdle);
        using (busy.Enter())
        {
            Assert.True(busy.SomeIdle); // one brief alone: its PDF and DOCX share the two cores
            using (busy.Enter()) Assert.False(busy.SomeIdle);
            Assert.True(busy.SomeIdle);
        }
    }

    [Fact]
    public void One_worker_is_never_idle_while_it_renders()
    {
        var busy = new BusyWorkers(1);
        using (busy.Enter()) Assert.False(busy.SomeIdle);
        Assert.True(busy.SomeIdle);
    }
}
