using System.Globalization;
using System.Runtime.InteropServices;

namespace BriefGenerator.Cli;

/// <summary>With the environment variable <c>BRIEF_GC_STATS</c> set (to anything), one line on stderr as the process
/// ends: how many collections of each generation it ran, their total pause, and the bytes it allocated, for measuring
/// the garbage a build makes (README, Performance). Every process prints its own line, worker processes too. Reading
/// the counters costs nothing measurable; unset, nothing is printed. In the Linux native binary the line also says how
/// much of the heap's address range transparent huge pages hold (Native/heappages.c), read back from /proc/self/smaps.</summary>
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
            $"brief: gc: pid {Environment.ProcessId} gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F1} MB, heap {info.HeapSizeBytes / 1048576.0:F1} MB, committed {info.TotalCommittedBytes / 1048576.0:F1} MB{HugePages()}"));
    }

    /// <summary>", heap in huge pages N MB" for the native binary's heap range; empty where the range is not known (the
    /// JIT build, other systems) or /proc cannot be read.</summary>
    private static string HugePages()
    {
        nuint low, high;
        try { HeapRange(out low, out high); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return ""; }
        if (low == 0) return "";
        long kilobytes = 0;
        var inHeap = false;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/smaps"))
            {
                var dash = line.IndexOf('-');
                var space = line.IndexOf(' ');
                if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                    && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end))
                    inHeap = start >= low && end <= high;
                else if (inHeap && line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
                    kilobytes += long.Parse(line.AsSpan(14).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
        return FormattableString.Invariant($", heap in huge pages {kilobytes / 1024.0:F0} MB");
    }

    [DllImport("brief_native", EntryPoint = "brief_gc_heap_range")]
    private static extern void HeapRange(out nuint low, out nuint high);
}
