using System.Runtime.InteropServices;

namespace BriefGenerator.Build;

/// <summary>One long-lived background thread for a build's side work on the spare core: the warm-up, a brief's change
/// snapshot and the second format of a brief rendered side by side. It replaces the thread pool for that work because
/// the native runtime starts each new thread by spinning on <c>sched_yield</c> until it runs (thousands of calls, a
/// tenth of a cold one-brief build's CPU, as the pool ramped up worker after worker): this scheduler makes one thread,
/// once, and never more. A task still queued when someone waits for it runs on the waiting thread instead (inlined),
/// so waiting never depends on the spare thread being free.</summary>
internal sealed unsafe class SpareCore : TaskScheduler
{
    /// <summary>The process's spare-core scheduler; its thread starts with the first task queued.</summary>
    public static readonly SpareCore Scheduler = new();

    private readonly LinkedList<Task> _queue = new();
    private bool _started;

    private SpareCore() { }

    /// <summary>One thread at most.</summary>
    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs <paramref name="work"/> on the spare thread (or on whoever waits for it first).</summary>
    public static Task Run(Action work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1 here, but for the last one on the spare
    /// thread at the same time when <paramref name="sideBySide"/>. Returns when every one has ended; a failure is rethrown
    /// after that (from the spare thread in an <see cref="AggregateException"/>, as <c>Parallel.For</c> did).</summary>
    public static void For(int count, bool sideBySide, Action<int> body)
    {
        var beside = sideBySide && count > 1 ? Run(() => body(count - 1)) : null;
        if (beside is null)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        try
        {
            for (var i = 0; i < count - 1; i++) body(i);
        }
        catch
        {
            try { beside.Wait(); } catch (AggregateException) { } // the first failure is the one reported
            throw;
        }
        beside.Wait();
    }

    /// <inheritdoc />
    protected override void QueueTask(Task task)
    {
        lock (_queue)
        {
            _queue.AddLast(task);
            if (!_started) StartThread();
            else Monitor.Pulse(_queue);
        }
    }

    // The native binary starts the thread itself (pthread_create, bound when it is linked, as brief_native's calls are):
    // Thread.Start would spin on sched_yield until the new thread runs, 50 to 300 calls on this loaded 2-core machine.
    // The thread joins the runtime on its first call into managed code, a background thread like the pool's.
    private void StartThread()
    {
        _started = true;
        try
        {
            if (CreateThread(out var thread, 0, &NativeEntry, 0) == 0)
            {
                DetachThread(thread);
                return;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        new Thread(Serve) { IsBackground = true, Name = "spare core" }.UnsafeStart();
    }

    [UnmanagedCallersOnly]
    private static nint NativeEntry(nint argument)
    {
        Scheduler.Serve();
        return 0;
    }

    [DllImport("brief_native", EntryPoint = "pthread_create")]
    private static extern int CreateThread(out nint thread, nint attributes, delegate* unmanaged<nint, nint> start, nint argument);

    [DllImport("brief_native", EntryPoint = "pthread_detach")]
    private static extern int DetachThread(nint thread);

    private void Serve()
    {
        while (true)
        {
            Task task;
            lock (_queue)
            {
                while (_queue.First is null) Monitor.Wait(_queue);
                task = _queue.First.Value;
                _queue.RemoveFirst();
            }
            TryExecuteTask(task); // false when a waiting thread ran it already
        }
    }

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        (!taskWasPreviouslyQueued || TryDequeue(task)) && TryExecuteTask(task);

    /// <inheritdoc />
    protected override bool TryDequeue(Task task)
    {
        lock (_queue) return _queue.Remove(task);
    }

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_queue) return _queue.ToArray();
    }
}
