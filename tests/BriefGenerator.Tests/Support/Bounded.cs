using Xunit;

namespace BriefGenerator.Tests.Support;

/// <summary>Work a test bounds in time so that a hang (a read blocked on a pipe, a loop) fails the test instead of
/// stalling the suite. The limits are far above what the work takes on a busy machine: they catch hangs, not slowness.</summary>
public static class Bounded
{
    /// <summary>Runs <paramref name="work"/> on the thread pool and returns its result; fails with
    /// <paramref name="what"/> when it has not finished within <paramref name="limit"/>.</summary>
    public static T Run<T>(Func<T> work, TimeSpan limit, string what)
    {
        var task = Task.Run(work);
        Wait(task, limit, what);
        return task.Result;
    }

    /// <summary>Waits for <paramref name="task"/>; fails with <paramref name="what"/> when it has not finished within
    /// <paramref name="limit"/>.</summary>
    public static void Wait(Task task, TimeSpan limit, string what) => Assert.True(task.Wait(limit), what);
}
