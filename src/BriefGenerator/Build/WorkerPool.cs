using System.Collections.Concurrent;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>The parent side of a build in worker processes (<see cref="WorkerLaunch"/>). Each worker is handed briefs one
/// at a time from one queue, largest brief.md first, with one more waiting in its input so that it never idles for the
/// parent: the workers finish within about a brief of each other whatever the briefs' sizes. With
/// <see cref="WorkerLaunch.ParentBuilds"/> the parent takes briefs from the same queue too, one at a time. Each worker's
/// replies come back on its own thread; the parent fills in the outcomes (in the build's order, so diagnostics, summary and report are
/// those of an in-process build), stores each brief's cache entry and the folder digests in its own cache (which it alone
/// writes, once, at the end), and keeps each bug for exit 3. A worker that dies or breaks the protocol fails the briefs it
/// held with BG089 (a bug: exit 3); the other workers build the rest.</summary>
internal static class WorkerPool
{
    /// <summary>Briefs sent to a worker ahead of its replies.</summary>
    private const int Ahead = 2;

    /// <summary>Builds the briefs at <paramref name="todo"/> in worker processes, and with <paramref name="here"/> (the
    /// caller's own build of brief i, when <see cref="WorkerLaunch.ParentBuilds"/>) on this thread too, from the same
    /// queue; the number of workers started, or 0, with nothing built, when none could be started (the caller then
    /// builds them itself).</summary>
    public static int Run(WorkerLaunch launch, IReadOnlyList<BriefLocation> briefs, IReadOnlyList<int> todo,
        BriefOutcome[][] outcomes, BuildCache cache, ConcurrentBag<Exception> bugs, Func<int, BriefOutcome[]>? here = null)
    {
        var workers = new List<WorkerProcess>();
        for (var k = 0; k < Math.Min(launch.Processes, todo.Count) && WorkerProcess.Start(launch) is { } worker; k++) workers.Add(worker);
        if (workers.Count == 0) return 0;
        var queue = new Queue<int>(todo.OrderByDescending(i => FileStat.Of(briefs[i].BriefPath).Length).ThenBy(i => i));
        var index = todo.ToDictionary(i => briefs[i].Slug, StringComparer.Ordinal);
        var threads = workers.Select(w => new Thread(() => Serve(w, briefs, queue, index, outcomes, cache, bugs)) { IsBackground = true }).ToList();
        foreach (var t in threads) t.Start();
        if (here is not null)
            while (Next(queue) is { } i) outcomes[i] = here(i);
        foreach (var t in threads) t.Join();
        foreach (var w in workers) w.Dispose();
        // Left in the queue only when every worker failed before taking them.
        foreach (var i in queue) outcomes[i] = Failed(briefs[i], "no worker process was left to build it");
        return workers.Count;
    }

    private static void Serve(WorkerProcess worker, IReadOnlyList<BriefLocation> briefs, Queue<int> queue, Dictionary<string, int> index,
        BriefOutcome[][] outcomes, BuildCache cache, ConcurrentBag<Exception> bugs)
    {
        string? broken = null;
        var ended = false;
        try
        {
            if (!Feed(worker, briefs, queue, Ahead)) broken = "it stopped reading its input";
            while (broken is null && !ended && worker.Read() is { } frame)
            {
                if (frame is WorkerEnd end)
                {
                    foreach (var (folder, (stamp, digest)) in end.Folders) cache.MergeFolder(folder, stamp, digest);
                    ended = true;
                    continue;
                }
                var reply = (WorkerReply)frame;
                if (!index.TryGetValue(reply.Slug, out var i) || !worker.InFlight.Remove(reply.Slug))
                    throw new InvalidDataException($"it answered for '{reply.Slug}', which it was not building");
                outcomes[i] = reply.Outcomes.ToArray();
                if (reply.Entry is { } entry) cache.Store(reply.Slug, entry);
                if (reply.Bug is { } bug) bugs.Add(bug);
                if (!Feed(worker, briefs, queue, 1)) broken = "it stopped reading its input";
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            broken = $"its replies could not be read ({ex.Message})";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug on this side: the worker's briefs fail as they would if it had died, and the bug is kept for exit 3.
            bugs.Add(ex);
            broken = $"its replies could not be taken ({ex.GetType().Name}: {ex.Message})";
        }
        if (broken is not null) worker.Kill();
        var (exit, errors) = worker.Finish();
        if (ended && exit == 0 && worker.InFlight.Count == 0) return;
        var first = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var why = broken ?? (exit != 0 ? $"it exited with code {exit}" : "it ended before answering");
        var message = $"worker process {worker.Id} failed: {why}{(first is null ? "" : $": {first}")}";
        bugs.Add(new WorkerException("WorkerProcessFailed", message, message + (errors.Length > 0 ? Environment.NewLine + errors.TrimEnd() : "")));
        foreach (var slug in worker.InFlight) outcomes[index[slug]] = Failed(briefs[index[slug]], message);
    }

    // Sends up to n more briefs from the queue; closes the worker's input once the queue is empty.
    private static bool Feed(WorkerProcess worker, IReadOnlyList<BriefLocation> briefs, Queue<int> queue, int n)
    {
        for (var k = 0; k < n; k++)
        {
            if (Next(queue) is not { } i)
            {
                worker.CloseInput();
                return true;
            }
            if (!worker.Send(briefs[i].Slug)) return false;
        }
        return true;
    }

    // The next brief to build, or null once the queue is empty.
    private static int? Next(Queue<int> queue)
    {
        lock (queue) return queue.Count == 0 ? null : queue.Dequeue();
    }

    private static BriefOutcome[] Failed(BriefLocation location, string why)
    {
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.InternalError,
            $"internal error while building this brief: {why}. This is a bug in BriefGenerator; the other briefs were built",
            new SourceSpan(location.DisplayPath, 1, 1));
        return new[] { new BriefOutcome(location.Slug, "", BriefStatus.Failed, TimeSpan.Zero, Array.Empty<OutputFile>(), new[] { diagnostic }) };
    }
}
