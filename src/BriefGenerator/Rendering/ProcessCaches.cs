using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering;

/// <summary>How much the process's content-keyed caches keep, by what the process is for. <c>brief watch</c> keeps them
/// as they are made: a rebuild after an edit then sets only the paragraphs that changed. A process that builds once and
/// exits (<c>brief build</c>, and its worker processes) sets each paragraph once: there the paragraphs' lines
/// (<see cref="LineBreakCache"/>) were found again 0 times in 62 (the seed) and 25 in 334 (the test briefs, a brief with
/// two templates), while the cache held up to 100,000 placed fragments of earlier briefs that went through every
/// generation of the heap and were marked again by each full collection. 500 differing briefs, <c>--jobs 1</c>: full
/// collections 16 → 12, their pause 2.0 → 0.9 s, the heap 48 → 32 MB (README, "Round two: the garbage of many briefs").</summary>
public static class ProcessCaches
{
    /// <summary>For a process that builds once: paragraphs' lines are not kept.</summary>
    public static void ForOneShotBuild() => LineBreakCache.Lines.Limit(0, 0);
}
