namespace BriefGenerator.Cli;

/// <summary>With the environment variable <c>BRIEF_GC_STATS</c> set (to anything), one line on stderr as the process
/// ends: how many collections of each generation it ran, their total pause, and the bytes it allocated, for measuring
/// the garbage a build makes (README, Performance). Every process prints its own line, worker processes too. Reading
/// the counters costs nothing measurable; unset, nothing is printed.</summary>
public static class GcStats
{
    /// <summary>The environment variable that turns the line on.</summary>
    public const string Variable = "BRIEF_GC_STATS";

    /// <summary>Prints the line to <paramref name="stderr"/> when <see cref="Variable"/> is set.</summary>
    public static void PrintIfAsked(TextWriter stderr)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 }) return;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        stderr.WriteLine(FormattableString.Invariant(
            $"brief: gc: pid {Environment.ProcessId} gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F1} MB, heap {info.HeapSizeBytes / 1048576.0:F1} MB, committed {info.TotalCommittedBytes / 1048576.0:F1} MB"));
    }
}
