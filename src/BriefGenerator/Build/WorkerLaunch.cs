namespace BriefGenerator.Build;

/// <summary>How a build may hand its briefs to worker processes (<see cref="BriefWorker"/>), each building one brief at a
/// time with its own heap: the command that starts one (<paramref name="FileName"/> and <paramref name="Arguments"/>, which
/// the CLI makes from its own command line), at most <paramref name="Processes"/> of them, and only when at least
/// <paramref name="MinimumBriefs"/> briefs need building (the others are skipped by the build itself first, so a
/// no-change build never starts one). With <paramref name="ParentBuilds"/> the build's own process takes briefs from the
/// same queue as its workers, one at a time, so it is one of the jobs: one process fewer to start, and no core waits
/// while the workers start. Two workers use two cores better than two threads of one process, whose
/// garbage collections stop both threads at once (README, "Round two: worker processes").</summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments, int Processes, int MinimumBriefs, bool ParentBuilds = false)
{
    /// <summary>Briefs to build from which <c>--processes auto</c> starts workers: fewer are built in-process, where a
    /// worker's start-up (loading the templates and fonts again) costs about what its own heap saves. Measured with the
    /// native binary, two jobs, in-process against two workers: 16 and 32 briefs the same wall time, 48 briefs 9 % and
    /// 64 briefs 8 % faster with workers (and about 100 MB more memory in all).</summary>
    public const int AutoMinimumBriefs = 48;
}
