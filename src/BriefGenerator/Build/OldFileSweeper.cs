namespace BriefGenerator.Build;

/// <summary>Deletes, on a thread of its own, the old outputs that <see cref="AtomicFile"/> kept aside while it renamed
/// the new ones into place, so that a build does not wait for them. Deleting a file can take milliseconds: the file
/// system frees its blocks there and then, and where it is mounted with <c>discard</c> it waits for the disk to be told
/// (this machine: 1–3 ms a file, 2.5 ms a brief, a tenth of a rebuild's wall time over 500 briefs with one job). The
/// thread starts with the first file handed over (a build into an empty folder never starts it); <see cref="Dispose"/>
/// waits until every file handed over is gone, so a build leaves no old file behind.</summary>
/// <param name="onTheSide">False: every file is deleted at once, on the thread that hands it over (for a build of one
/// brief, where there is nothing to overlap the deletions with but starting a thread).</param>
public sealed class OldFileSweeper(bool onTheSide = true) : IDisposable
{
    // A plain queue under a lock, not a BlockingCollection: that one's consumer spins (SpinWait, sched_yield) every
    // time it finds the queue empty, which is twice a brief here, ~65 sched_yield calls a brief; on a machine whose
    // cores are all building, that spinning took CPU from the builds. Monitor.Wait sleeps at once.
    private readonly Queue<string> _queue = new();
    private readonly object _gate = new();
    private Thread? _thread;
    private bool _waiting;
    private bool _closed = !onTheSide;

    /// <summary>Deletes <paramref name="path"/> soon (nothing if it is gone or cannot go); after <see cref="Dispose"/>,
    /// at once.</summary>
    public void Add(string path)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _queue.Enqueue(path);
                if (_thread is null)
                {
                    _thread = new Thread(Run) { IsBackground = true, Name = "old outputs" };
                    _thread.Start();
                }
                else if (_waiting) Monitor.Pulse(_gate);
                return;
            }
        }
        Rendering.OutputSpool.Discard(path);
    }

    /// <summary>Waits until every file handed over has been deleted.</summary>
    public void Dispose()
    {
        Thread? thread;
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            Monitor.Pulse(_gate);
            thread = _thread;
        }
        thread?.Join();
    }

    private void Run()
    {
        while (true)
        {
            string path;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_closed)
                {
                    _waiting = true;
                    Monitor.Wait(_gate);
                    _waiting = false;
                }
                // Closed and empty: every file handed over is gone.
                if (!_queue.TryDequeue(out path!)) return;
            }
            Rendering.OutputSpool.Discard(path);
        }
    }
}
