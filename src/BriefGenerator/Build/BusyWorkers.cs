namespace BriefGenerator.Build;

/// <summary>How many of a build's workers are rendering a brief right now, so that a brief renders its formats side by
/// side only while a worker would otherwise sit idle (one brief alone, or the last of a build, or the one edited
/// brief among unchanged ones). With every worker busy, nesting only adds tasks, pool threads and a wait for the
/// slower format of each brief.</summary>
internal sealed class BusyWorkers
{
    private readonly int _workers;
    private int _busy;

    public BusyWorkers(int workers) => _workers = workers;

    /// <summary>True when fewer briefs are rendering than there are workers.</summary>
    public bool SomeIdle => Volatile.Read(ref _busy) < _workers;

    /// <summary>Counts a brief as rendering until the returned handle is disposed.</summary>
    public Busy Enter()
    {
        Interlocked.Increment(ref _busy);
        return new Busy(this);
    }

    /// <summary>One brief rendering; disposing it ends the count.</summary>
    public readonly struct Busy(BusyWorkers owner) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => Interlocked.Decrement(ref owner._busy);
    }
}
